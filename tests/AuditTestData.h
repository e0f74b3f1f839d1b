#pragma once

// A small audit log with everything the audit filters, exports and models must tell apart: two keys with key
// versions, runs, a notice, an alert and a campaign each; several actors (one non-ASCII); actions that share prefixes
// ("rotation." and "rotationx."); details with commas, quotes, newlines, % and _; times that repeat and that go
// backwards (so time order and id order differ).
#include "TestSupport.h"
#include "core/audit/AuditQuery.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace keyturn::test {

struct AuditData
{
    qint64 keyA = 0, keyB = 0;
    qint64 kvA1 = 0, kvA2 = 0;
    qint64 runA1 = 0, runA2 = 0, runB = 0;
    qint64 noticeA = 0, noticeB = 0, alertA = 0, campaignA = 0;
};

inline qint64 insertRow(StoreFixture &f, const QString &sql)
{
    QSqlQuery q(f.db->connection());
    if (!q.exec(sql))
        qFatal("%s failed: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

/// Tricky text for exports: every CSV and JSON special, and non-ASCII.
inline QStringList awkwardTexts()
{
    return {QStringLiteral("plain"),
            QStringLiteral("comma, inside"),
            QStringLiteral("a \"quoted\" word"),
            QStringLiteral("two\nlines"),
            QStringLiteral("crlf\r\nline"),
            QStringLiteral("=SUM(A1:A3)"),
            QStringLiteral("+1 -1 @x"),
            QStringLiteral("Ünïcödé 東京 🔑"),
            QStringLiteral("tab\there \\ back\\slash"),
            QStringLiteral("control \x01 char"),
            QStringLiteral("50%_off"),
            QString()};
}

/// Fills the fixture's log; returns the ids of what it created.
inline AuditData fillAuditLog(StoreFixture &f, int synthetic = 300)
{
    AuditData d;
    d.keyA = *f.store->createCredential(heldCredential(QStringLiteral("stripe-api-key")));
    d.keyB = *f.store->createCredential(heldCredential(QStringLiteral("sendgrid-api-key")));
    f.clock.advanceSecs(60);
    d.kvA1 = *f.store->addKeyVersion(currentKey(d.keyA, "key-a-1"));
    f.clock.advanceSecs(60);
    d.kvA2 = *f.store->addKeyVersion(currentKey(d.keyA, "key-a-2"));
    d.runA1 = *f.store->createRun(d.keyA, QStringLiteral("manual"));
    d.runA2 = *f.store->createRun(d.keyA, QStringLiteral("scheduled"));
    d.runB = *f.store->createRun(d.keyB, QStringLiteral("manual"));
    d.noticeA =
        insertRow(f, QStringLiteral("INSERT INTO notices (kind, state, subject, body_markdown, drafted_by,"
                                    " created_at, updated_at, run_id) VALUES ('first','pending','s','b','x',0,0,%1)")
                         .arg(d.runA1));
    d.noticeB = insertRow(
        f, QStringLiteral("INSERT INTO notices (kind, state, subject, body_markdown, drafted_by,"
                          " created_at, updated_at, credential_id) VALUES ('first','pending','s','b','x',0,0,%1)")
               .arg(d.keyB));
    d.alertA = insertRow(f, QStringLiteral("INSERT INTO alerts (kind, severity, credential_id, message, raised_at)"
                                           " VALUES ('key_age','warning',%1,'m',0)")
                                .arg(d.keyA));
    d.campaignA = insertRow(f, QStringLiteral("INSERT INTO campaigns (name, run_id, deadline_at, state, created_by,"
                                              " created_at) VALUES ('c',%1,0,'open','x',0)")
                                   .arg(d.runA2));

    const QStringList actors = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                                QStringLiteral("Dävid Ünïcode")};
    const QStringList actions = {
        QStringLiteral("rotation.step"),   QStringLiteral("rotation.completed"), QStringLiteral("rotation.planned"),
        QStringLiteral("notice.approved"), QStringLiteral("notice.sent"),        QStringLiteral("key_version.revoked"),
        QStringLiteral("alert.raised"),    QStringLiteral("credential.updated"), QStringLiteral("rotationx.lookalike")};
    const QList<std::pair<QString, QString>> targets = {
        {QStringLiteral("run"), QString::number(d.runA1)},
        {QStringLiteral("run"), QString::number(d.runA2)},
        {QStringLiteral("run"), QString::number(d.runB)},
        {QStringLiteral("credential"), QString::number(d.keyA)},
        {QStringLiteral("credential"), QString::number(d.keyB)},
        {QStringLiteral("notice"), QString::number(d.noticeA)},
        {QStringLiteral("notice"), QString::number(d.noticeB)},
        {QStringLiteral("alert"), QString::number(d.alertA)},
        {QStringLiteral("campaign"), QString::number(d.campaignA)},
        {QStringLiteral("key_version"), QString::number(d.kvA1)},
        {QStringLiteral("workspace"), QString()},
    };
    const QStringList texts = awkwardTexts();
    Transaction tx(*f.db);
    for (int i = 0; i < synthetic; ++i) {
        // mostly forward, sometimes the same millisecond, sometimes five minutes back
        if (i % 17 == 5)
            f.clock.advanceSecs(-300);
        else if (i % 5 != 2)
            f.clock.advanceSecs(60);
        AuditEvent e;
        e.actor = actors.at(i % actors.size());
        e.action = actions.at((i * 7) % actions.size());
        const auto &t = targets.at((i * 5) % targets.size());
        e.targetType = t.first;
        e.targetId = t.second;
        if (i % 3 == 0)
            e.keyVersion = i % 4;
        if (i % 4 == 1) {
            e.oldFingerprint = fingerprintOf(QByteArray::number(i));
            e.newFingerprint = fingerprintOf(QByteArray::number(i + 1));
        }
        QJsonObject details{{QStringLiteral("n"), i}};
        const QString text = texts.at(i % texts.size());
        if (!text.isNull())
            details.insert(QStringLiteral("note"), i % 11 == 3 ? QStringLiteral("Timeout talking to vault") : text);
        e.details = canonicalDetails(details);
        if (!f.audit->append(e))
            qFatal("cannot append");
    }
    if (!tx.commit())
        qFatal("cannot commit");
    return d;
}

inline bool containsAscii(const QString &haystack, const QString &needle)
{
    // LIKE: ASCII letters in any case, everything else exactly
    auto fold = [](QString s) {
        for (QChar &c : s) {
            if (c.unicode() < 128)
                c = c.toLower();
        }
        return s;
    };
    return fold(haystack).contains(fold(needle));
}

/// The filter, applied the slow and obvious way.
inline bool referenceMatch(const AuditFilter &filter, const AuditEvent &e, const AuditData &d)
{
    if (filter.since.isValid() && e.at < filter.since)
        return false;
    if (filter.until.isValid() && e.at >= filter.until)
        return false;
    if (!filter.actions.isEmpty()) {
        bool any = false;
        for (const QString &p : filter.actions) {
            if (isActionPrefix(p))
                any = any || e.action.startsWith(p.endsWith(QLatin1Char('*')) ? p.chopped(1) : p);
            else
                any = any || e.action == p;
        }
        if (!any)
            return false;
    }
    if (!filter.actor.isEmpty() && e.actor != filter.actor)
        return false;
    if (!filter.key.isEmpty()) {
        const bool isA = filter.key == QLatin1String("stripe-api-key") || filter.key == QString::number(d.keyA);
        const QList<std::pair<QString, qint64>> mine =
            isA ? QList<std::pair<QString, qint64>>{{QStringLiteral("credential"), d.keyA},
                                                    {QStringLiteral("key_version"), d.kvA1},
                                                    {QStringLiteral("key_version"), d.kvA2},
                                                    {QStringLiteral("run"), d.runA1},
                                                    {QStringLiteral("run"), d.runA2},
                                                    {QStringLiteral("notice"), d.noticeA},
                                                    {QStringLiteral("alert"), d.alertA},
                                                    {QStringLiteral("campaign"), d.campaignA}}
                : QList<std::pair<QString, qint64>>{{QStringLiteral("credential"), d.keyB},
                                                    {QStringLiteral("run"), d.runB},
                                                    {QStringLiteral("notice"), d.noticeB}};
        bool any = false;
        for (const auto &[type, id] : mine)
            any = any || (e.targetType == type && e.targetId == QString::number(id));
        if (!any)
            return false;
    }
    if (filter.keyVersion && e.keyVersion != filter.keyVersion)
        return false;
    if (!filter.text.isEmpty()) {
        const QStringList fields = {e.actor,          e.action,         e.targetType + QLatin1Char(' ') + e.targetId,
                                    e.oldFingerprint, e.newFingerprint, QString::fromUtf8(e.details)};
        bool any = false;
        for (const QString &field : fields)
            any = any || containsAscii(field, filter.text);
        if (!any)
            return false;
    }
    return true;
}

/// The matching events' ids in page order (time, then id).
inline QList<qint64> referenceIds(const QList<AuditEvent> &all, const AuditFilter &filter, const AuditData &d,
                                  AuditOrder order)
{
    QList<AuditEvent> hits;
    for (const AuditEvent &e : all) {
        if (referenceMatch(filter, e, d))
            hits << e;
    }
    std::sort(hits.begin(), hits.end(), [order](const AuditEvent &a, const AuditEvent &b) {
        const auto ka = std::pair(a.at.toMSecsSinceEpoch(), a.id), kb = std::pair(b.at.toMSecsSinceEpoch(), b.id);
        return order == AuditOrder::NewestFirst ? ka > kb : ka < kb;
    });
    QList<qint64> ids;
    for (const AuditEvent &e : hits)
        ids << e.id;
    return ids;
}

inline QList<AuditEvent> allEvents(StoreFixture &f)
{
    auto events = f.audit->events(0, 1000000);
    if (!events)
        qFatal("cannot read events");
    return *events;
}

} // namespace keyturn::test
