#pragma once

#include "../Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <bitset>

namespace keyturn {

/// A 5-field cron schedule in UTC: minute hour day-of-month month day-of-week.
/// Fields take `*`, lists (`1,15`), ranges (`1-5`), steps (`*/3`, `10-50/10`), month names JAN..DEC and weekday
/// names SUN..SAT; 0 and 7 are Sunday. When both day fields are restricted (neither starts with `*`), a day matches
/// if either matches, as in Vixie cron. Times are UTC throughout, so daylight saving never moves a rotation.
class CronSchedule
{
public:
    /// Parses an expression; the error names the field that is wrong ("field 3 (day of month): 32 is out of 1-31").
    static Result<CronSchedule> parse(const QString &expression);

    QString expression() const { return m_expression; }
    /// The first time strictly after `after` (to the minute) that matches; null when none does within 10 years
    /// (such as "0 0 30 2 *").
    QDateTime next(const QDateTime &after) const;
    /// The matching times in [from, to), at most `max` of them, earliest first.
    QList<QDateTime> occurrences(const QDateTime &from, const QDateTime &to, int max) const;
    /// Whether `when` (taken to the minute, UTC) matches.
    bool matches(const QDateTime &when) const;

private:
    bool dayMatches(const QDate &date) const;

    QString m_expression;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; ///< 1..31
    std::bitset<13> m_months;      ///< 1..12
    std::bitset<7> m_weekdays;     ///< 0 = Sunday
    bool m_domRestricted = false;
    bool m_dowRestricted = false;
};

} // namespace keyturn
