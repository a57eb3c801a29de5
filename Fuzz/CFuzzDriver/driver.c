#include "CFuzzDriver.h"
#include <stddef.h>
#include <stdint.h>

// SwiftPM links executables with `main` aliased to the Swift module's entry point, so libFuzzer's
// own `main` cannot be used; its documented library entry point is called from there instead.
#ifdef SITEGEN_FUZZING
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

int sitegen_run_fuzzer(int argc, char **argv, int (*test)(const unsigned char *data, unsigned long size)) {
    return LLVMFuzzerRunDriver(&argc, &argv, (int (*)(const uint8_t *, size_t))test);
}
#else
int sitegen_run_fuzzer(int argc, char **argv, int (*test)(const unsigned char *data, unsigned long size)) {
    (void)argc; (void)argv; (void)test;
    return -1;
}
#endif
