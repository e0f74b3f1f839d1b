#pragma once
// What the 100,000-key benchmarks share: the workspace they build (or reuse) and how they measure.
#include "core/audit/AuditLog.h"
#include "core/domain/Clock.h"
#include "core/domain/Fingerprint.h"
#include "core/store/Database.h"
#include "core/store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>

namespace keyturn::bench {

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

inline double rssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Lets the view do what a keystroke causes: the delayed item layout, then the paint.
inline void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

inline Result<void> buildWorkspace(const QString &path, int n)
{
    ManualClock clock(QDateTime::currentDateTimeUtc().addDays(-200));
    auto db = Database::open(path);
    if (!db)
        return db.error();
    AuditLog audit(**db, clock);
    WorkspaceStore store(**db, audit, clock, QStringLiteral("bench"));
    const QStringList providers = {QStringLiteral("Stripe"),  QStringLiteral("SendGrid"),
                                   QStringLiteral("Twilio"),  QStringLiteral("Internal API Gateway"),
                                   QStringLiteral("Datadog"), QStringLiteral("Platform API")};
    const QStringList environments = {QStringLiteral("production"), QStringLiteral("staging"),
                                      QStringLiteral("development")};
    const QStringList criticality = {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                                     QStringLiteral("critical")};
    Transaction tx(**db);
    for (int i = 0; i < n; ++i) {
        Credential c;
        c.name = QStringLiteral("key-%1").arg(i, 6, 10, QLatin1Char('0'));
        c.provider = providers.at(i % providers.size());
        c.environment = environments.at(i % environments.size());
        c.owner = QStringLiteral("team-%1").arg(i % 40);
        c.criticality = criticality.at(i % criticality.size());
        c.usedBy = {QStringLiteral("service-%1").arg(i % 500)};
        c.vaultPath = QStringLiteral("secret/%1/%2").arg(c.environment, c.name);
        c.rotationIntervalDays = (i % 3 == 0) ? 7 : (i % 3 == 1 ? 30 : 90);
        // A fleet that is mostly looked after: ages spread over 0–1.1× the interval (about one key in eleven is
        // overdue), nearly every key used in the last three days, one in a hundred unused for 40 days.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 spreadSecs = qint64(c.rotationIntervalDays) * 86400 * 11 / 10;
        clock.set(now.addSecs(-((qint64(i) * 7919 * 61) % spreadSecs)));
        auto id = store.createCredential(c);
        if (!id)
            return id.error();
        KeyVersion k;
        k.credentialId = *id;
        k.providerKeyId = QStringLiteral("key_%1").arg(i);
        k.fingerprint = fingerprintOf(QByteArray::number(i));
        k.prefix = QStringLiteral("sk_%1").arg(i % 10000);
        k.state = KeyState::Current;
        k.lastUsedAt = std::max(clock.now(), now.addSecs(i % 100 == 0 ? -40 * 86400 : -3600 * (i % 72)));
        if (auto r = store.addKeyVersion(k); !r)
            return r.error();
    }
    return tx.commit();
}

/// Keystroke scripts: each call appends what the search field holds after every key (typing a word after what is
/// there, or deleting characters one at a time).
inline void typeWord(QStringList &texts, const QString &word)
{
    const QString base = texts.isEmpty() ? QString() : texts.last();
    for (int i = 1; i <= word.size(); ++i)
        texts << base + word.left(i);
}
inline void eraseChars(QStringList &texts, int count)
{
    for (int i = 0; i < count; ++i)
        texts << texts.last().chopped(1);
}

} // namespace keyturn::bench
