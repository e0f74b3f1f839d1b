#include "AuditQuery.h"
#include "core/Translate.h"

#include "../store/Database.h"
#include "AuditRows.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return translateIn({"keyturn::AuditQuery", "keyturn::AuditFilter"}, text);
}

constexpr qint64 kMinId = std::numeric_limits<qint64>::min();
/// More arms than this and a driver becomes one OR condition (sorted by SQLite) instead of a merge of index ranges.
constexpr int kMaxArms = 100;
/// Capped counts that choose which filter drives a page.
constexpr int kEstimateCap = 4096;

/// A piece of SQL with its positional values.
struct Sql
{
    QString text;
    QVariantList binds;

    bool isEmpty() const { return text.isEmpty(); }
    Sql &operator+=(const Sql &other)
    {
        text += other.text;
        binds += other.binds;
        return *this;
    }
};

Sql operator+(Sql a, const Sql &b)
{
    a += b;
    return a;
}

Sql raw(const QString &text)
{
    return Sql{text, {}};
}

/// `a AND b AND …`, skipping empty parts; empty when all are.
Sql allOf(const QList<Sql> &parts)
{
    Sql out;
    for (const Sql &p : parts) {
        if (p.isEmpty())
            continue;
        if (!out.isEmpty())
            out.text += QLatin1String(" AND ");
        out.text += QLatin1Char('(') + p.text + QLatin1Char(')');
        out.binds += p.binds;
    }
    return out;
}

Sql anyOf(const QList<Sql> &parts)
{
    Sql out;
    for (const Sql &p : parts) {
        if (!out.isEmpty())
            out.text += QLatin1String(" OR ");
        out.text += QLatin1Char('(') + p.text + QLatin1Char(')');
        out.binds += p.binds;
    }
    return out;
}

Sql inList(const QString &column, const QStringList &values)
{
    Sql out{column + QLatin1String(" IN ("), {}};
    for (int i = 0; i < values.size(); ++i) {
        out.text += i ? QLatin1String(",?") : QLatin1String("?");
        out.binds << values.at(i);
    }
    out.text += QLatin1Char(')');
    return out;
}

Result<QSqlQuery> run(const Database &db, const Sql &sql)
{
    QSqlQuery q = db.query();
    if (!q.prepare(sql.text))
        return Error{tr("cannot read the audit log: %1").arg(q.lastError().text())};
    for (const QVariant &v : sql.binds)
        q.addBindValue(v);
    if (auto r = Database::exec(q); !r)
        return Error{tr("cannot read the audit log: %1").arg(r.errorMessage())};
    return q;
}

Result<qint64> scalar(const Database &db, const Sql &sql)
{
    auto q = run(db, sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QStringList> columnValues(const Database &db, const Sql &sql)
{
    auto q = run(db, sql);
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QString likePattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

/// The first string after every string that starts with `prefix` (for a range scan of the prefix).
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end.back() = QChar(char16_t(end.back().unicode() + 1));
    return end;
}

QString prefixOf(const QString &pattern)
{
    return pattern.endsWith(QLatin1Char('*')) ? pattern.chopped(1) : pattern;
}

/// One part of a filter: the condition rows must meet, and the index ranges ("arms") that deliver exactly those rows
/// in (at, id) order.
struct Part
{
    Sql condition;
    QList<Sql> arms;
};

struct Resolved
{
    QList<Part> parts; // in order of preference as a driver: key, actor, actions, key version
    Sql text;
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    bool matchesNothing = false;

    /// Every condition, as plain WHERE terms.
    Sql all() const
    {
        QList<Sql> terms;
        for (const Part &p : parts)
            terms << p.condition;
        terms << text;
        if (sinceMs)
            terms << Sql{QStringLiteral("at >= ?"), {*sinceMs}};
        if (untilMs)
            terms << Sql{QStringLiteral("at < ?"), {*untilMs}};
        return allOf(terms);
    }
};

/// Distinct values of an indexed column from `from` (inclusive) up to `to` (exclusive; empty: no end), by skipping
/// through the index: one seek per distinct value.
Result<QStringList> distinctValues(const Database &db, const QString &column, const QString &from, const QString &to)
{
    const QString c = column;
    Sql sql{QStringLiteral("WITH RECURSIVE v(x) AS (SELECT (SELECT MIN(%1) FROM audit_events WHERE %1 >= ?)"
                           " UNION ALL SELECT (SELECT MIN(%1) FROM audit_events WHERE %1 > v.x) FROM v"
                           " WHERE v.x IS NOT NULL%2)"
                           " SELECT x FROM v WHERE x IS NOT NULL%3")
                .arg(c, to.isEmpty() ? QString() : QStringLiteral(" AND v.x < ?"),
                     to.isEmpty() ? QString() : QStringLiteral(" AND x < ?")),
            {from}};
    if (!to.isEmpty())
        sql.binds << to << to;
    return columnValues(db, sql);
}

Result<std::optional<Part>> resolveKey(const Database &db, const QString &key)
{
    const QString name = key.trimmed();
    auto byName =
        scalar(db, Sql{QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM credentials WHERE name = ?"), {name}});
    if (!byName)
        return byName.error();
    qint64 id = *byName;
    if (!id) {
        bool numeric = false;
        const qint64 asId = name.toLongLong(&numeric);
        if (numeric) {
            auto exists =
                scalar(db, Sql{QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM credentials WHERE id = ?"), {asId}});
            if (!exists)
                return exists.error();
            id = *exists;
        }
    }
    if (!id)
        return Error{tr("there is no key named or numbered '%1'").arg(name)};

    const QVariant cid(id);
    const QString runs = QStringLiteral("SELECT id FROM rotation_runs WHERE credential_id = ?");
    struct Target
    {
        const char *type;
        Sql ids;
    };
    const QList<Target> targets = {
        {"credential", Sql{QStringLiteral("SELECT ?"), {cid}}},
        {"key_version", Sql{QStringLiteral("SELECT id FROM key_versions WHERE credential_id = ?"), {cid}}},
        {"run", Sql{runs, {cid}}},
        {"notice",
         Sql{QStringLiteral("SELECT id FROM notices WHERE credential_id = ? OR run_id IN (%1)").arg(runs), {cid, cid}}},
        {"campaign", Sql{QStringLiteral("SELECT campaign_id FROM rotation_runs WHERE credential_id = ? AND"
                                        " campaign_id IS NOT NULL UNION SELECT id FROM campaigns WHERE run_id IN (%1)")
                             .arg(runs),
                         {cid, cid}}},
        {"alert",
         Sql{QStringLiteral("SELECT id FROM alerts WHERE credential_id = ? OR run_id IN (%1)").arg(runs), {cid, cid}}},
    };
    Part part;
    QList<Sql> byType;
    for (const Target &t : targets) {
        auto ids = columnValues(db, t.ids);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            continue;
        const QString type = QLatin1String(t.type);
        byType << allOf({Sql{QStringLiteral("target_type = ?"), {type}}, inList(QStringLiteral("target_id"), *ids)});
        for (const QString &target : *ids)
            part.arms << Sql{QStringLiteral("target_type = ? AND target_id = ?"), {type, target}};
    }
    part.condition = anyOf(byType);
    if (part.arms.size() > kMaxArms)
        part.arms = {part.condition};
    return std::optional<Part>(part);
}

Result<Resolved> resolve(const Database &db, const AuditFilter &f)
{
    Resolved out;
    if (f.since.isValid())
        out.sinceMs = f.since.toMSecsSinceEpoch();
    if (f.until.isValid())
        out.untilMs = f.until.toMSecsSinceEpoch();
    if (out.sinceMs && out.untilMs && *out.untilMs <= *out.sinceMs)
        out.matchesNothing = true;

    if (!f.key.trimmed().isEmpty()) {
        auto key = resolveKey(db, f.key);
        if (!key)
            return key.error();
        out.parts << **key;
    }
    if (!f.actor.isEmpty()) {
        const Sql c{QStringLiteral("actor = ?"), {f.actor}};
        out.parts << Part{c, {c}};
    }
    QStringList exact;
    QList<QPair<QString, QString>> prefixes;
    bool everyAction = false;
    for (const QString &pattern : f.actions) {
        const QString p = pattern.trimmed();
        if (p.isEmpty())
            continue;
        if (isActionPrefix(p)) {
            const QString prefix = prefixOf(p);
            if (prefix.isEmpty())
                everyAction = true;
            else
                prefixes << qMakePair(prefix, prefixEnd(prefix));
        } else if (!exact.contains(p)) {
            exact << p;
        }
    }
    if (!everyAction && (!exact.isEmpty() || !prefixes.isEmpty())) {
        QList<Sql> any;
        if (!exact.isEmpty())
            any << inList(QStringLiteral("action"), exact);
        QStringList names = exact;
        for (const auto &[from, to] : prefixes) {
            any << Sql{QStringLiteral("action >= ? AND action < ?"), {from, to}};
            auto found = distinctValues(db, QStringLiteral("action"), from, to);
            if (!found)
                return found.error();
            for (const QString &n : *found) {
                if (!names.contains(n))
                    names << n;
            }
        }
        Part part;
        part.condition = anyOf(any);
        for (const QString &n : names)
            part.arms << Sql{QStringLiteral("action = ?"), {n}};
        if (part.arms.size() > kMaxArms)
            part.arms = {part.condition};
        out.parts << part;
    }
    if (f.keyVersion) {
        const Sql c{QStringLiteral("key_version = ?"), {*f.keyVersion}};
        out.parts << Part{c, {c}};
    }
    if (!f.text.isEmpty()) {
        const QString like = likePattern(f.text);
        QList<Sql> any;
        for (const char *col :
             {"actor", "action", "target_type || ' ' || target_id", "old_fingerprint", "new_fingerprint", "details"})
            // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does what it does
            any << Sql{QLatin1String(col) + (db.backend() == Database::Backend::Postgres
                                                 ? QLatin1String(" ILIKE ? ESCAPE '\\'")
                                                 : QLatin1String(" LIKE ? ESCAPE '\\'")),
                       {like}};
        out.text = anyOf(any);
    }
    return out;
}

/// The (at, id) range of a page or count: since/until, narrowed by the cursor.
struct Bounds
{
    Sql lower; // "(at, id) >= (?, ?)" or "(at, id) > (?, ?)"
    Sql upper;
};

Bounds bounds(const Resolved &r, AuditOrder order, std::optional<std::pair<qint64, qint64>> cursor)
{
    Bounds b;
    if (r.sinceMs)
        b.lower = Sql{QStringLiteral("(at, id) >= (?, ?)"), {*r.sinceMs, kMinId}};
    if (r.untilMs)
        b.upper = Sql{QStringLiteral("(at, id) < (?, ?)"), {*r.untilMs, kMinId}};
    if (cursor) {
        const auto [at, id] = *cursor;
        if (order == AuditOrder::NewestFirst) {
            if (!r.untilMs || std::pair(at, id) < std::pair(*r.untilMs, kMinId))
                b.upper = Sql{QStringLiteral("(at, id) < (?, ?)"), {at, id}};
        } else if (!r.sinceMs || std::pair(at, id) >= std::pair(*r.sinceMs, kMinId)) {
            b.lower = Sql{QStringLiteral("(at, id) > (?, ?)"), {at, id}};
        }
    }
    return b;
}

struct Plan
{
    QList<Sql> arms; // the driving index ranges; one empty Sql: the whole log by time
    Sql residual;    // checked on each row the arms deliver
};

Result<Plan> plan(const Database &db, const Resolved &r, const Bounds &range)
{
    Plan p;
    int driver = -1;
    if (r.parts.size() == 1) {
        driver = 0;
    } else if (r.parts.size() > 1) {
        // The part with the fewest rows in range drives; counting stops at kEstimateCap rows per part.
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < r.parts.size(); ++i) {
            qint64 rows = 0;
            for (const Sql &arm : r.parts.at(i).arms) {
                const Sql where = allOf({arm, range.lower, range.upper});
                auto n = scalar(db, Sql{QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM audit_events WHERE "), {}} +
                                        where + Sql{QStringLiteral(" LIMIT ?) AS page"), {kEstimateCap + 1 - rows}});
                if (!n)
                    return n.error();
                rows += *n;
                if (rows > kEstimateCap)
                    break;
            }
            if (rows < best) {
                best = rows;
                driver = i;
            }
        }
    }
    QList<Sql> residual;
    for (int i = 0; i < r.parts.size(); ++i) {
        if (i != driver)
            residual << r.parts.at(i).condition;
    }
    residual << r.text;
    p.residual = allOf(residual);
    p.arms = driver >= 0 ? r.parts.at(driver).arms : QList<Sql>{Sql{}};
    return p;
}

/// The driving rows in page order: one index range, or a merge of several (UNION ALL under one ORDER BY is merged
/// lazily by SQLite, each arm read in index order).
Sql driverSql(const Plan &p, const Bounds &range, AuditOrder order, const QString &columns, qint64 limit)
{
    const QString dir = order == AuditOrder::NewestFirst ? QStringLiteral(" DESC") : QString();
    Sql out;
    for (int i = 0; i < p.arms.size(); ++i) {
        if (i)
            out.text += QLatin1String(" UNION ALL ");
        const Sql where = allOf({p.arms.at(i), range.lower, range.upper});
        out += Sql{QStringLiteral("SELECT %1 FROM audit_events").arg(columns), {}};
        if (!where.isEmpty())
            out += raw(QStringLiteral(" WHERE ")) + where;
    }
    out += Sql{QStringLiteral(" ORDER BY at%1, id%1 LIMIT ?").arg(dir), {limit}};
    return out;
}

QString eventColumns()
{
    return QLatin1String(auditEventColumns());
}

Result<std::optional<std::pair<qint64, qint64>>> cursorOf(const Database &db, qint64 afterId)
{
    if (afterId <= 0)
        return std::optional<std::pair<qint64, qint64>>();
    auto q = run(db, Sql{QStringLiteral("SELECT at FROM audit_events WHERE id = ?"), {afterId}});
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("there is no audit event #%1").arg(afterId)};
    return std::optional(std::pair(q->value(0).toLongLong(), afterId));
}
} // namespace

bool isActionPrefix(const QString &pattern)
{
    return pattern.endsWith(QLatin1Char('.')) || pattern.endsWith(QLatin1Char('*'));
}

bool AuditFilter::isEmpty() const
{
    return !since.isValid() && !until.isValid() && actions.isEmpty() && actor.isEmpty() && key.trimmed().isEmpty() &&
           !keyVersion && text.isEmpty();
}

QString AuditFilter::describe() const
{
    QStringList parts;
    if (since.isValid())
        parts << tr("since %1").arg(isoUtc(since));
    if (until.isValid())
        parts << tr("until %1").arg(isoUtc(until));
    if (!actions.isEmpty())
        parts << tr("type %1").arg(actions.join(QLatin1String(", ")));
    if (!actor.isEmpty())
        parts << tr("actor %1").arg(actor);
    if (!key.trimmed().isEmpty())
        parts << tr("key %1").arg(key.trimmed());
    if (keyVersion)
        parts << tr("key version %1").arg(*keyVersion);
    if (!text.isEmpty())
        parts << tr("text \"%1\"").arg(text);
    return parts.isEmpty() ? tr("every event") : parts.join(QLatin1String(", "));
}

AuditQuery::AuditQuery(const Database &db) : m_db(db) {}

Result<AuditPage> AuditQuery::page(const AuditFilter &filter, AuditOrder order, qint64 afterId, int limit) const
{
    limit = std::clamp(limit, 1, 10000);
    AuditPage out;
    out.resumeAfterId = afterId;
    auto resolved = resolve(m_db, filter);
    if (!resolved)
        return resolved.error();
    auto cursor = cursorOf(m_db, afterId);
    if (!cursor)
        return cursor.error();
    if (resolved->matchesNothing) {
        out.atEnd = true;
        return out;
    }
    const Bounds range = bounds(*resolved, order, *cursor);
    auto p = plan(m_db, *resolved, range);
    if (!p)
        return p.error();

    Sql sql;
    if (p->residual.isEmpty()) {
        sql = driverSql(*p, range, order, eventColumns(), limit + 1);
    } else {
        sql = raw(QStringLiteral("SELECT * FROM (")) + driverSql(*p, range, order, eventColumns(), m_scanLimit) +
              raw(QStringLiteral(") AS scanned WHERE ")) + p->residual + Sql{QStringLiteral(" LIMIT ?"), {limit + 1}};
    }
    AuditRows rows(m_db, sql.text, sql.binds);
    while (rows.next())
        out.events.append(rows.event());
    if (!rows.status())
        return rows.status().error();

    if (out.events.size() > limit) {
        out.events.resize(limit);
        out.resumeAfterId = out.events.last().id;
        return out;
    }
    if (!out.events.isEmpty())
        out.resumeAfterId = out.events.last().id;
    out.atEnd = true;
    if (!p->residual.isEmpty()) {
        // Did the scan stop at its limit rather than at the end of the range?
        const Sql end = raw(QStringLiteral("SELECT at, id FROM (")) +
                        driverSql(*p, range, order, QStringLiteral("at, id"), m_scanLimit) +
                        Sql{QStringLiteral(") AS scanned LIMIT 1 OFFSET ?"), {m_scanLimit - 1}};
        auto q = run(m_db, end);
        if (!q)
            return q.error();
        if (q->next()) {
            out.atEnd = false;
            out.scanCutOff = true;
            out.scannedTo = QDateTime::fromMSecsSinceEpoch(q->value(0).toLongLong(), Qt::UTC);
            out.resumeAfterId = q->value(1).toLongLong();
        }
    }
    return out;
}

Result<AuditWindow> AuditQuery::pageAround(const AuditFilter &filter, qint64 eventId, int limit) const
{
    limit = std::clamp(limit, 1, 10000);
    auto focus = event(eventId);
    if (!focus)
        return focus.error();
    auto inFilter = matches(filter, eventId);
    if (!inFilter)
        return inFilter.error();
    if (!*inFilter)
        return Error{tr("event #%1 is not in the filtered history (%2)").arg(eventId).arg(filter.describe())};
    auto newer = page(filter, AuditOrder::OldestFirst, eventId, limit / 2);
    if (!newer)
        return newer.error();
    auto older = page(filter, AuditOrder::NewestFirst, eventId, std::max(1, limit - 1 - int(newer->events.size())));
    if (!older)
        return older.error();
    AuditWindow w;
    w.events.reserve(newer->events.size() + 1 + older->events.size());
    for (auto it = newer->events.crbegin(); it != newer->events.crend(); ++it)
        w.events.append(*it);
    w.focus = int(w.events.size());
    w.events.append(*focus);
    w.events.append(older->events);
    w.newerAtEnd = newer->atEnd;
    w.newerResumeId = newer->resumeAfterId;
    w.olderAtEnd = older->atEnd;
    w.olderResumeId = older->resumeAfterId;
    return w;
}

Result<AuditCount> AuditQuery::count(const AuditFilter &filter, qint64 cap) const
{
    cap = std::max<qint64>(1, cap);
    auto resolved = resolve(m_db, filter);
    if (!resolved)
        return resolved.error();
    if (resolved->matchesNothing)
        return AuditCount{0, true};
    if (filter.isEmpty()) {
        auto n = scalar(m_db, raw(QStringLiteral("SELECT COUNT(*) FROM audit_events")));
        if (!n)
            return n.error();
        return AuditCount{*n, true};
    }
    const Bounds range = bounds(*resolved, AuditOrder::NewestFirst, std::nullopt);
    auto p = plan(m_db, *resolved, range);
    if (!p)
        return p.error();
    if (p->residual.isEmpty()) {
        qint64 total = 0;
        for (const Sql &arm : p->arms) {
            const Sql where = allOf({arm, range.lower, range.upper});
            Sql sql = raw(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM audit_events"));
            if (!where.isEmpty())
                sql += raw(QStringLiteral(" WHERE ")) + where;
            sql += Sql{QStringLiteral(" LIMIT ?) AS page"), {cap + 1 - total}};
            auto n = scalar(m_db, sql);
            if (!n)
                return n.error();
            total += *n;
            if (total > cap)
                return AuditCount{cap, false};
        }
        return AuditCount{total, true};
    }
    const Sql sql = raw(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM (")) +
                    driverSql(*p, range, AuditOrder::NewestFirst, eventColumns(), m_scanLimit) +
                    raw(QStringLiteral(") AS scanned WHERE ")) + p->residual +
                    Sql{QStringLiteral(" LIMIT ?) AS page"), {cap + 1}};
    auto n = scalar(m_db, sql);
    if (!n)
        return n.error();
    if (*n > cap)
        return AuditCount{cap, false};
    const Sql end = raw(QStringLiteral("SELECT COUNT(*) FROM (SELECT at, id FROM (")) +
                    driverSql(*p, range, AuditOrder::NewestFirst, QStringLiteral("at, id"), m_scanLimit) +
                    Sql{QStringLiteral(") AS scanned LIMIT 1 OFFSET ?) AS page"), {m_scanLimit - 1}};
    auto more = scalar(m_db, end);
    if (!more)
        return more.error();
    return AuditCount{*n, *more == 0};
}

Result<bool> AuditQuery::matches(const AuditFilter &filter, qint64 eventId) const
{
    auto resolved = resolve(m_db, filter);
    if (!resolved)
        return resolved.error();
    if (resolved->matchesNothing)
        return false;
    const Sql sql = Sql{QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE "), {}} +
                    allOf({Sql{QStringLiteral("id = ?"), {eventId}}, resolved->all()});
    auto n = scalar(m_db, sql);
    if (!n)
        return n.error();
    return *n > 0;
}

Result<AuditEvent> AuditQuery::event(qint64 id) const
{
    AuditRows rows(m_db, QStringLiteral("SELECT %1 FROM audit_events WHERE id = ?").arg(eventColumns()), {id});
    if (rows.next())
        return rows.event();
    if (!rows.status())
        return rows.status().error();
    return Error{tr("there is no audit event #%1").arg(id)};
}

Result<qint64> AuditQuery::forEach(const AuditFilter &filter, const std::function<bool(const AuditEventView &)> &visit,
                                   qint64 upToId) const
{
    auto resolved = resolve(m_db, filter);
    if (!resolved)
        return resolved.error();
    if (resolved->matchesNothing)
        return qint64(0);
    Sql where = resolved->all();
    if (upToId > 0)
        where = allOf({where, Sql{QStringLiteral("id <= ?"), {upToId}}});
    Sql sql{QStringLiteral("SELECT %1 FROM audit_events").arg(eventColumns()), {}};
    if (!where.isEmpty())
        sql += raw(QStringLiteral(" WHERE ")) + where;
    sql += raw(QStringLiteral(" ORDER BY id"));
    AuditRows rows(m_db, sql.text, sql.binds);
    qint64 visited = 0;
    while (rows.next()) {
        ++visited;
        if (!visit(rows.view()))
            break;
    }
    if (!rows.status())
        return rows.status().error();
    return visited;
}

Result<QStringList> AuditQuery::actionNames() const
{
    return distinctValues(m_db, QStringLiteral("action"), QStringLiteral(""), QString());
}

Result<QStringList> AuditQuery::actorNames() const
{
    return distinctValues(m_db, QStringLiteral("actor"), QStringLiteral(""), QString());
}

} // namespace keyturn
