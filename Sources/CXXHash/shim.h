// Debian's xxHash (XXH3, 128 bits): the content digests' hash, as one Swift module.
#include <xxhash.h>
