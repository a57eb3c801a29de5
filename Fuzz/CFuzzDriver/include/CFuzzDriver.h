#ifndef SITEGEN_CFUZZDRIVER_H
#define SITEGEN_CFUZZDRIVER_H

/// Hands the process to libFuzzer, which calls `test` with every input it makes, and returns its
/// exit status. Returns -1 when the binary was built without libFuzzer (`make fuzz` defines
/// SITEGEN_FUZZING and links it with `-sanitize=fuzzer`).
int sitegen_run_fuzzer(int argc, char **argv, int (*test)(const unsigned char *data, unsigned long size));

#endif
