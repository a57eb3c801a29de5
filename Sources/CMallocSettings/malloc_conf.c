// jemalloc's settings, read when it starts (its `malloc_conf` symbol; the MALLOC_CONF environment
// variable still overrides them). Freed pages go back to the system after about one second
// instead of ten: a build frees a large part of its memory between steps (the papers' shared
// texts after the pages, the search index's runs), and with ten seconds the next step's peak
// held the last one's free pages too.
const char *malloc_conf = "dirty_decay_ms:1000";
