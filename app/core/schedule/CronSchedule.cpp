#include "CronSchedule.h"

#include <QCoreApplication>
#include <QStringList>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CronSchedule", text);
}

struct FieldSpec
{
    int number;
    const char *name;
    int min;
    int max;
    QStringList names; ///< names[i] stands for min + i (months from 1, weekdays from 0)
};

const QStringList kMonthNames = {QStringLiteral("JAN"), QStringLiteral("FEB"), QStringLiteral("MAR"),
                                 QStringLiteral("APR"), QStringLiteral("MAY"), QStringLiteral("JUN"),
                                 QStringLiteral("JUL"), QStringLiteral("AUG"), QStringLiteral("SEP"),
                                 QStringLiteral("OCT"), QStringLiteral("NOV"), QStringLiteral("DEC")};
const QStringList kWeekdayNames = {QStringLiteral("SUN"), QStringLiteral("MON"), QStringLiteral("TUE"),
                                   QStringLiteral("WED"), QStringLiteral("THU"), QStringLiteral("FRI"),
                                   QStringLiteral("SAT")};

QString fieldLabel(const FieldSpec &spec)
{
    return tr("field %1 (%2)").arg(spec.number).arg(tr(spec.name));
}

Result<int> parseValue(const QString &text, const FieldSpec &spec)
{
    bool isNumber = false;
    int value = text.toInt(&isNumber);
    if (!isNumber) {
        const int named = spec.names.indexOf(text.toUpper());
        if (named < 0) {
            if (spec.names.isEmpty())
                return Error{tr("%1: '%2' is not a number").arg(fieldLabel(spec), text)};
            return Error{tr("%1: '%2' is not a number or a name (%3)")
                             .arg(fieldLabel(spec), text, spec.names.join(QLatin1Char(',')))};
        }
        value = spec.min + named;
    }
    if (value < spec.min || value > spec.max)
        return Error{tr("%1: %2 is out of %3-%4").arg(fieldLabel(spec)).arg(value).arg(spec.min).arg(spec.max)};
    return value;
}

/// The values a field allows, as bits (bit n = value n).
Result<quint64> parseField(const QString &text, const FieldSpec &spec)
{
    quint64 bits = 0;
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty())
            return Error{tr("%1: '%2' has an empty list item").arg(fieldLabel(spec), text)};
        QString range = item;
        int step = 1;
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            range = item.left(slash);
            bool ok = false;
            step = item.mid(slash + 1).toInt(&ok);
            if (!ok || step < 1)
                return Error{
                    tr("%1: the step in '%2' must be a whole number of at least 1").arg(fieldLabel(spec), item)};
        }
        int first = spec.min;
        int last = spec.max;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            auto low = parseValue(dash >= 0 ? range.left(dash) : range, spec);
            if (!low)
                return low.error();
            first = *low;
            if (dash >= 0) {
                auto high = parseValue(range.mid(dash + 1), spec);
                if (!high)
                    return high.error();
                last = *high;
                if (last < first)
                    return Error{tr("%1: the range %2 runs backwards").arg(fieldLabel(spec), range)};
            } else if (slash < 0) {
                last = first; // a single value; "5/15" means 5 to the end, every 15
            }
        }
        for (int v = first; v <= last; v += step)
            bits |= quint64(1) << v;
    }
    return bits;
}

template<size_t N> void assign(std::bitset<N> &target, quint64 bits)
{
    for (size_t i = 0; i < N; ++i)
        target[i] = (bits >> i) & 1u;
}
} // namespace

Result<CronSchedule> CronSchedule::parse(const QString &expression)
{
    const QStringList fields = expression.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (fields.size() != 5)
        return Error{tr("a cron schedule has 5 fields (minute hour day-of-month month day-of-week); '%1' has %2")
                         .arg(expression.simplified())
                         .arg(fields.size())};
    static const FieldSpec specs[5] = {
        {1, QT_TRANSLATE_NOOP("keyturn::CronSchedule", "minute"), 0, 59, {}},
        {2, QT_TRANSLATE_NOOP("keyturn::CronSchedule", "hour"), 0, 23, {}},
        {3, QT_TRANSLATE_NOOP("keyturn::CronSchedule", "day of month"), 1, 31, {}},
        {4, QT_TRANSLATE_NOOP("keyturn::CronSchedule", "month"), 1, 12, kMonthNames},
        {5, QT_TRANSLATE_NOOP("keyturn::CronSchedule", "day of week"), 0, 7, kWeekdayNames},
    };
    quint64 bits[5] = {};
    for (int i = 0; i < 5; ++i) {
        auto parsed = parseField(fields.at(i), specs[i]);
        if (!parsed)
            return parsed.error();
        bits[i] = *parsed;
    }
    if (bits[4] & (quint64(1) << 7))
        bits[4] = (bits[4] | 1u) & ~(quint64(1) << 7); // 7 is Sunday too

    CronSchedule s;
    s.m_expression = fields.join(QLatin1Char(' '));
    assign(s.m_minutes, bits[0]);
    assign(s.m_hours, bits[1]);
    assign(s.m_daysOfMonth, bits[2]);
    assign(s.m_months, bits[3]);
    assign(s.m_weekdays, bits[4]);
    s.m_domRestricted = !fields.at(2).startsWith(QLatin1Char('*'));
    s.m_dowRestricted = !fields.at(4).startsWith(QLatin1Char('*'));
    return s;
}

bool CronSchedule::dayMatches(const QDate &date) const
{
    const bool dom = m_daysOfMonth[size_t(date.day())];
    const bool dow = m_weekdays[size_t(date.dayOfWeek() % 7)];
    if (m_domRestricted && m_dowRestricted)
        return dom || dow;
    return dom && dow;
}

bool CronSchedule::matches(const QDateTime &when) const
{
    const QDateTime utc = when.toUTC();
    return m_months[size_t(utc.date().month())] && dayMatches(utc.date()) && m_hours[size_t(utc.time().hour())] &&
           m_minutes[size_t(utc.time().minute())];
}

QDateTime CronSchedule::next(const QDateTime &after) const
{
    if (!after.isValid())
        return {};
    const QDateTime utc = after.toUTC();
    const QDateTime start = QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), Qt::UTC).addSecs(60);
    QDate day = start.date();
    int hour = start.time().hour();
    int minute = start.time().minute();
    const QDate limit = day.addYears(10);
    while (day <= limit) {
        if (!m_months[size_t(day.month())]) {
            day = QDate(day.year(), day.month(), 1).addMonths(1);
            hour = minute = 0;
            continue;
        }
        if (dayMatches(day)) {
            for (; hour < 24; ++hour, minute = 0) {
                if (!m_hours[size_t(hour)])
                    continue;
                for (; minute < 60; ++minute) {
                    if (m_minutes[size_t(minute)])
                        return QDateTime(day, QTime(hour, minute), Qt::UTC);
                }
            }
        }
        day = day.addDays(1);
        hour = minute = 0;
    }
    return {};
}

QList<QDateTime> CronSchedule::occurrences(const QDateTime &from, const QDateTime &to, int max) const
{
    QList<QDateTime> out;
    QDateTime t = next(from.addMSecs(-1));
    while (t.isValid() && t < to && out.size() < max) {
        out.append(t);
        t = next(t);
    }
    return out;
}

} // namespace keyturn
