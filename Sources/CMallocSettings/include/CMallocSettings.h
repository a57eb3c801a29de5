// Nothing to import: the target only links jemalloc's settings (malloc_conf.c) into sitegen.
