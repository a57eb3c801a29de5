@testable import SitegenServe
import Testing

/// Events as pages receive them.
@Suite struct ReloadEventTests {
    @Test func reloadIsOneEvent() {
        #expect(ReloadEvent.reload.serverSentEvent == "event: reload\ndata: \n\n")
    }

    @Test func anErrorKeepsItsLinesAsDataLines() {
        let event = ReloadEvent.buildFailed("site.yml:3: error: bad\n  <script>x</script>\r\nend")
        #expect(event.serverSentEvent == "event: build-error\ndata: site.yml:3: error: bad\ndata:   <script>x</script>\ndata: end\n\n")
    }

    @Test func aPageOpenedAfterAFailureSeesTheError() async {
        let broadcaster = ReloadBroadcaster()
        await broadcaster.publish(.buildFailed("broken"))
        var events = await broadcaster.subscribe().makeAsyncIterator()
        #expect(await events.next() == .buildFailed("broken"))
        await broadcaster.publish(.reload)
        #expect(await events.next() == .reload)
    }
}
