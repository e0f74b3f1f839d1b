#pragma once

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace keyturn {

/// Hands memory that was freed back to the system. glibc keeps freed pages in the arena of the thread that used
/// them; after a worker thread has read 100,000 rows or checked the alerts, or a reload has replaced a snapshot,
/// that is tens of megabytes the process would otherwise keep. Takes a few milliseconds.
inline void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace keyturn
