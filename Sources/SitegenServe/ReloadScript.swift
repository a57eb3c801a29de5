/// The script `sitegen serve` adds to every HTML page it sends (never to the files it builds):
/// it listens to the events endpoint (naming the page it is on, which a rebuild then builds first),
/// reloads the page after a rebuild, and shows a rebuild error as an overlay (set as text, so the
/// error is never read as markup).
enum ReloadScript {
    /// The Server-Sent Events endpoint the script listens to.
    static let eventsPath = "/__sitegen/events"
    /// The events endpoint's query parameter naming the page the browser shows (its path).
    static let pageParameter = "page"

    static let tag = """
        <script data-sitegen-serve>(() => {
          const events = new EventSource("\(eventsPath)?\(pageParameter)=" + encodeURIComponent(location.pathname));
          events.addEventListener("reload", () => location.reload());
          events.addEventListener("build-error", (event) => {
            let overlay = document.getElementById("__sitegen-error");
            if (!overlay) {
              overlay = document.createElement("pre");
              overlay.id = "__sitegen-error";
              overlay.style.cssText = "position:fixed;inset:1rem;z-index:2147483647;margin:0;padding:1rem;overflow:auto;"
                + "background:#2b0b0b;color:#ffdede;font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;"
                + "border:2px solid #ff6b6b;border-radius:6px";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "sitegen: rebuild failed; showing the last good site\\n\\n" + event.data;
          });
        })();</script>

        """
}
