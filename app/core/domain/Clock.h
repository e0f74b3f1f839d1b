#pragma once

#include <QDateTime>

namespace keyturn {

/// Where the core reads the time. Everything that depends on "now" takes a Clock so tests can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current time in UTC.
    virtual QDateTime now() const = 0;
};

/// The wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    /// A process-wide instance for callers that were not handed a clock.
    static const Clock &instance();
};

} // namespace keyturn

namespace keyturn {

/// A clock that moves only when told to: tests, and the demo when it writes a year of history.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &when) { m_now = when.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace keyturn
