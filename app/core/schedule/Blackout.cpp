#include "Blackout.h"
#include "core/Translate.h"

#include "../store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return translateIn({"keyturn::Blackout", "keyturn::BlackoutWindow"}, text);
}

QString minuteText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QDateTime parseUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // a time without an offset is read as UTC, like every time in a schedule
    return t.toUTC();
}

bool sameWeekday(const QDate &date, int weekday)
{
    return date.dayOfWeek() % 7 == weekday % 7;
}
} // namespace

std::optional<QDateTime> BlackoutWindow::endIfInside(const QDateTime &when) const
{
    const QDateTime t = when.toUTC();
    if (kind == Kind::Fixed) {
        if (start <= t && t < end)
            return end;
        return std::nullopt;
    }
    const bool overnight = to < from;
    for (const QDate &day : {t.date().addDays(-1), t.date()}) {
        if (!sameWeekday(day, weekday))
            continue;
        const QDateTime opens(day, from, Qt::UTC);
        const QDateTime closes = QDateTime(overnight ? day.addDays(1) : day, to, Qt::UTC).addSecs(60);
        if (opens <= t && t < closes)
            return closes;
    }
    return std::nullopt;
}

QString BlackoutWindow::describe() const
{
    QString text;
    if (kind == Kind::Fixed) {
        text = tr("%1 – %2 UTC").arg(minuteText(start), minuteText(end));
    } else {
        const int qtDay = weekday % 7 == 0 ? 7 : weekday;
        text = tr("every %1 %2–%3 UTC")
                   .arg(QLocale().dayName(qtDay), from.toString(QStringLiteral("HH:mm")),
                        to.toString(QStringLiteral("HH:mm")));
    }
    if (!reason.isEmpty())
        text += QStringLiteral(" (%1)").arg(reason);
    return text;
}

QJsonObject BlackoutWindow::toJson() const
{
    QJsonObject o;
    if (kind == Kind::Fixed) {
        o.insert(QStringLiteral("start"), start.toUTC().toString(Qt::ISODate));
        o.insert(QStringLiteral("end"), end.toUTC().toString(Qt::ISODate));
    } else {
        o.insert(QStringLiteral("weekday"), weekday);
        o.insert(QStringLiteral("from"), from.toString(QStringLiteral("HH:mm")));
        o.insert(QStringLiteral("to"), to.toString(QStringLiteral("HH:mm")));
    }
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

Result<void> validateBlackout(const BlackoutWindow &w)
{
    if (w.kind == BlackoutWindow::Kind::Fixed) {
        if (!w.start.isValid() || !w.end.isValid())
            return Error{tr("a blackout window needs a start and an end time (ISO 8601, UTC)")};
        if (w.end <= w.start)
            return Error{
                tr("the blackout window ends (%1) before it starts (%2)").arg(minuteText(w.end), minuteText(w.start))};
        return {};
    }
    if (w.weekday < 0 || w.weekday > 7)
        return Error{
            tr("a weekly blackout window needs a weekday from 0 (Sunday) to 7 (Sunday), not %1").arg(w.weekday)};
    if (!w.from.isValid() || !w.to.isValid())
        return Error{tr("a weekly blackout window needs 'from' and 'to' times (HH:mm, UTC)")};
    return {};
}

Result<QList<BlackoutWindow>> blackoutsFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return Error{tr("the blackout windows are not a JSON array: %1").arg(parseError.errorString())};
    QList<BlackoutWindow> out;
    int position = 0;
    for (const QJsonValue &value : doc.array()) {
        ++position;
        const QJsonObject o = value.toObject();
        BlackoutWindow w;
        w.reason = o.value(QStringLiteral("reason")).toString();
        if (o.contains(QStringLiteral("weekday"))) {
            w.kind = BlackoutWindow::Kind::Weekly;
            w.weekday = o.value(QStringLiteral("weekday")).toInt(-1);
            w.from = QTime::fromString(o.value(QStringLiteral("from")).toString(), QStringLiteral("HH:mm"));
            w.to = QTime::fromString(o.value(QStringLiteral("to")).toString(), QStringLiteral("HH:mm"));
        } else {
            w.start = parseUtc(o.value(QStringLiteral("start")).toString());
            w.end = parseUtc(o.value(QStringLiteral("end")).toString());
        }
        if (auto v = validateBlackout(w); !v)
            return Error{tr("blackout window %1: %2").arg(position).arg(v.errorMessage())};
        out.append(w);
    }
    return out;
}

QJsonArray blackoutsToJson(const QList<BlackoutWindow> &windows)
{
    QJsonArray a;
    for (const auto &w : windows)
        a.append(w.toJson());
    return a;
}

Result<QList<BlackoutWindow>> readBlackouts(const WorkspaceStore &store)
{
    auto stored = store.setting(blackoutSettingKey());
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->trimmed().isEmpty())
        return QList<BlackoutWindow>();
    auto windows = blackoutsFromJson((*stored)->toUtf8());
    if (!windows)
        return Error{tr("the stored blackout windows cannot be read: %1").arg(windows.errorMessage())};
    return windows;
}

Result<void> writeBlackouts(WorkspaceStore &store, const QList<BlackoutWindow> &windows)
{
    for (int i = 0; i < windows.size(); ++i) {
        if (auto v = validateBlackout(windows.at(i)); !v)
            return Error{tr("blackout window %1: %2; the blackout windows were left as they were")
                             .arg(i + 1)
                             .arg(v.errorMessage())};
    }
    const QJsonArray json = blackoutsToJson(windows);
    return store.setSetting(
        blackoutSettingKey(), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)),
        QStringLiteral("schedule.blackouts_changed"),
        QJsonObject{{QStringLiteral("count"), int(windows.size())}, {QStringLiteral("windows"), json}});
}

std::optional<BlackoutHit> blackoutAt(const QList<BlackoutWindow> &windows, const QDateTime &when)
{
    std::optional<BlackoutHit> hit;
    QDateTime t = when;
    // follow windows that touch or overlap; bounded, as weekly windows could chain for ever in a bad configuration
    for (int guard = 0; guard < 64; ++guard) {
        bool moved = false;
        for (const auto &w : windows) {
            if (auto end = w.endIfInside(t)) {
                if (!hit)
                    hit = BlackoutHit{w, *end};
                hit->until = *end;
                t = *end;
                moved = true;
                break;
            }
        }
        if (!moved)
            break;
    }
    return hit;
}

} // namespace keyturn
