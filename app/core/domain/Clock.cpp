#include "Clock.h"

namespace keyturn {

const Clock &SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace keyturn
