// The C API of Debian's cmark-gfm and its GFM extensions, as one Swift module.
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
