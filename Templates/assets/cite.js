// Adds a "Copy" button to every block marked data-copy (the BibTeX on paper pages).
// Without JavaScript the block is still there to select, and the downloads still work.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("[data-copy]").forEach(function (block) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy BibTeX";
    var status = document.createElement("span");
    status.className = "copy-status";
    status.setAttribute("role", "status");
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(block.textContent).then(function () {
        status.textContent = "Copied";
      }, function () {
        status.textContent = "Could not copy: select the text instead";
      });
    });
    block.insertAdjacentElement("afterend", button);
    button.insertAdjacentElement("afterend", status);
  });
})();
