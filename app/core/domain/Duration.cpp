#include "Duration.h"

#include <QRegularExpression>

namespace keyturn {

std::optional<std::chrono::seconds> parseDuration(const QString &text)
{
    static const QRegularExpression whole(QStringLiteral("^(?:\\d+[smhdw])+$"));
    static const QRegularExpression part(QStringLiteral("(\\d+)([smhdw])"));
    const QString trimmed = text.trimmed().toLower();
    if (!whole.match(trimmed).hasMatch())
        return std::nullopt;
    qint64 total = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const auto m = it.next();
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        if (!ok || n > 1'000'000)
            return std::nullopt;
        switch (m.captured(2).at(0).toLatin1()) {
        case 's': total += n; break;
        case 'm': total += n * 60; break;
        case 'h': total += n * 3600; break;
        case 'd': total += n * 86400; break;
        case 'w': total += n * 7 * 86400; break;
        }
    }
    if (total <= 0)
        return std::nullopt;
    return std::chrono::seconds(total);
}

QString formatDuration(std::chrono::seconds duration)
{
    qint64 s = duration.count();
    if (s <= 0)
        return QStringLiteral("0s");
    QString out;
    const struct
    {
        qint64 size;
        char unit;
    } units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto &u : units) {
        if (s >= u.size) {
            out += QString::number(s / u.size) + QLatin1Char(u.unit);
            s %= u.size;
        }
    }
    return out;
}

} // namespace keyturn
