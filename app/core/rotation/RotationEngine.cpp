#include "RotationEngine.h"

#include "../audit/AuditEvent.h"
#include "../domain/Clock.h"
#include "../domain/Duration.h"
#include "../domain/Fingerprint.h"
#include "../domain/ProcessHolder.h"
#include "../domain/Secret.h"
#include "../net/Connections.h"
#include "../net/PlatformAdminClient.h"
#include "../net/ProviderClient.h"
#include "../net/VaultClient.h"
#include "../notices/NoticeStore.h"
#include "../store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cstdlib>

namespace keyturn {

namespace {
const QString kPlanned = QStringLiteral("planned");
const QString kPrechecked = QStringLiteral("prechecked");
const QString kCreated = QStringLiteral("new_key_created");
const QString kStaged = QStringLiteral("staged_in_vault");
const QString kGrace = QStringLiteral("grace_period");
const QString kVerified = QStringLiteral("verified");
const QString kRevoked = QStringLiteral("old_key_revoked");
const QString kCompleted = QStringLiteral("completed");
const QString kFailed = QStringLiteral("failed");
const QString kRollingBack = QStringLiteral("rolling_back");
const QString kRolledBack = QStringLiteral("rolled_back");
const QString kNotified = QStringLiteral("notified");
const QString kAwaiting = QStringLiteral("awaiting_migration");
const QString kEscalated = QStringLiteral("escalated");
const QString kCampaign = QStringLiteral("campaign");

constexpr qint64 kLockSeconds = 7 * 86400; // a run may wait days in its grace period; the lock is per run
constexpr qint64 kLeaseSeconds = 120;

QString isoNow(const Clock &clock)
{
    return isoUtc(clock.now());
}

QDateTime fromIso(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

qint64 quietFor(qint64 graceSeconds)
{
    return std::clamp<qint64>(graceSeconds / 3, 1, 300);
}
} // namespace

bool RotationPlan::ready() const
{
    return std::all_of(checks.begin(), checks.end(), [](const PrecheckItem &c) { return c.ok || !c.blocking; });
}

struct RotationEngine::Context
{
    qint64 runId = 0;
    RotationRunRecord run;
    Credential credential;
    ProviderClient *provider = nullptr;
    VaultClient *vault = nullptr;
    RunCallback done;
    int steps = 0;
};

RotationEngine::RotationEngine(WorkspaceStore &store, Connections &connections, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_connections(connections), m_clock(clock), m_leaseHolder(newHolderName())
{}

QStringList RotationEngine::plannedStates(bool emergency)
{
    if (emergency)
        return {kPlanned, kPrechecked, kCreated, kStaged, kRevoked, kCompleted};
    return {kPlanned, kPrechecked, kCreated, kStaged, kGrace, kVerified, kRevoked, kCompleted};
}

QString RotationEngine::describeState(const QString &state)
{
    static const QHash<QString, const char *> text = {
        {kPlanned, QT_TR_NOOP("planned: pre-checks come next")},
        {kPrechecked, QT_TR_NOOP("pre-checked: the provider and the vault answered, the lock is held")},
        {kCreated, QT_TR_NOOP("new key created at the provider; storing it in the vault comes next")},
        {kStaged, QT_TR_NOOP("new key stored in the vault beside the old one")},
        {kGrace,
         QT_TR_NOOP("grace period: waiting for services to pick up the new key and for the old one to go quiet")},
        {kVerified, QT_TR_NOOP("verified: the new key is in use and the old key is quiet")},
        {kRevoked, QT_TR_NOOP("old key revoked at the provider; removing it from the vault comes next")},
        {kCompleted, QT_TR_NOOP("completed")},
        {kFailed, QT_TR_NOOP("failed: the old key is still valid; resume or roll back")},
        {kRollingBack, QT_TR_NOOP("rolling back: restoring the old key in the vault and revoking the new one")},
        {kRolledBack, QT_TR_NOOP("rolled back: the old key is current again")},
        {kNotified, QT_TR_NOOP("campaign opened: the consumer is to be told to create and switch to a new key")},
        {kAwaiting, QT_TR_NOOP("waiting for the consumer to create, use and switch to a new key before the deadline")},
        {kEscalated, QT_TR_NOOP("escalated: the consumer did not migrate by the deadline; extend it or decide")},
    };
    const char *t = text.value(state);
    return t ? tr(t) : state;
}

QStringList RotationEngine::plannedStatesFor(const RotationRunRecord &run)
{
    if (run.kind == kCampaign)
        return {kPlanned, kNotified, kAwaiting, kRevoked, kCompleted};
    return plannedStates(run.data.value(QStringLiteral("emergency")).toBool());
}

bool RotationEngine::isTerminal(const QString &state)
{
    return state == kCompleted || state == kRolledBack;
}

void RotationEngine::plan(const RotationRequest &request, std::function<void(Result<RotationPlan>)> done)
{
    auto credential = m_store.credential(request.credentialId);
    if (!credential)
        return done(credential.error());
    RotationPlan plan;
    plan.credentialId = credential->id;
    plan.credentialName = credential->name;
    plan.vaultPath = credential->vaultPath;
    plan.services = credential->usedBy;
    plan.emergency = request.emergency;
    plan.graceSeconds =
        request.emergency ? 0 : (request.grace ? request.grace->count() : credential->gracePeriodSeconds);
    plan.quietSeconds = quietFor(plan.graceSeconds);
    if (credential->kind != CredentialKind::Held) {
        plan.checks.append(
            {QStringLiteral("kind"), false, true,
             tr("%1 is an issued key: consumers rotate it themselves in a campaign").arg(credential->name)});
        return done(plan);
    }
    QString why;
    ProviderClient *provider = m_connections.providerFor(*credential, &why);
    VaultClient *vault = m_connections.vault();
    plan.checks.append({QStringLiteral("dual_key"),
                        credential->supportsDualKey && (!provider || provider->supportsDualKey()), false,
                        credential->supportsDualKey
                            ? tr("the provider holds the old and the new key at once")
                            : tr("%1 cannot hold two keys at once: services using the old key fail from the moment "
                                 "it is replaced until they pick up the new one")
                                  .arg(credential->provider)});
    {
        auto runs = m_store.runs(credential->id);
        bool locked = false;
        if (runs) {
            for (const RotationRunRecord &r : *runs)
                locked = locked || !isTerminal(r.state);
        }
        plan.checks.append({QStringLiteral("lock"), !locked, true,
                            locked ? tr("another rotation of this key is not finished; finish or roll it back first")
                                   : tr("no other rotation of this key is running")});
    }
    if (credential->labels.contains(signOffLabel()))
        plan.checks.append(
            {QStringLiteral("signoff"), false, false,
             tr("the owner (%1) must sign the run off before anything is changed").arg(credential->owner)});
    if (!provider)
        plan.checks.append({QStringLiteral("provider"), false, true, why});
    if (!vault || credential->vaultPath.isEmpty()) {
        plan.checks.append({QStringLiteral("vault"), false, true,
                            !vault ? tr("no vault is configured in the connection profile")
                                   : tr("%1 has no vault path").arg(credential->name)});
    }
    if (!provider || !vault || credential->vaultPath.isEmpty())
        return done(plan);

    auto shared = std::make_shared<RotationPlan>(plan);
    const QString path = credential->vaultPath;
    vault->read(path, std::nullopt, [shared, done, vault, provider, path](NetResult<std::optional<VaultSecret>> r) {
        if (!r) {
            shared->checks.append({QStringLiteral("vault"), false, true, r.error().toString()});
            return done(*shared);
        }
        if (!r->has_value() || (*r)->data.value(QStringLiteral("key_id")).toString().isEmpty()) {
            shared->checks.append(
                {QStringLiteral("vault"), false, true,
                 tr("the vault has no entry with a key_id at %1: Keyturn rotates keys whose vault entry names the "
                    "provider's key id")
                     .arg(path)});
            return done(*shared);
        }
        const QString keyId = (*r)->data.value(QStringLiteral("key_id")).toString();
        const QString vaultFingerprint = fingerprintOf((*r)->data.value(QStringLiteral("key")).toString().toUtf8());
        shared->checks.append(
            {QStringLiteral("vault"), true, true, tr("entry at %1 is version %2").arg(path).arg((*r)->version)});
        vault->capabilities(path, [shared, done, provider, keyId, vaultFingerprint](NetResult<QStringList> caps) {
            const bool canWrite =
                caps && (caps->contains(QStringLiteral("update")) || caps->contains(QStringLiteral("root")));
            shared->checks.append({QStringLiteral("vault_write"), canWrite, true,
                                   !caps      ? caps.error().toString()
                                   : canWrite ? tr("the token may write the path")
                                              : tr("the token may not write the path (capabilities: %1)")
                                                    .arg(caps->join(QStringLiteral(", ")))});
            provider->listKeys(QString(), [shared, done, keyId, vaultFingerprint](NetResult<QList<ProviderKey>> keys) {
                if (!keys) {
                    shared->checks.append({QStringLiteral("provider"), false, true, keys.error().toString()});
                    return done(*shared);
                }
                const auto it =
                    std::find_if(keys->begin(), keys->end(), [&keyId](const ProviderKey &k) { return k.id == keyId; });
                if (it == keys->end()) {
                    shared->checks.append({QStringLiteral("current_key"), false, true,
                                           tr("the provider does not know the vault's key %1").arg(keyId)});
                } else if (it->status != QLatin1String("active")) {
                    shared->checks.append({QStringLiteral("current_key"), false, true,
                                           tr("the vault's key %1 is %2 at the provider").arg(keyId, it->status)});
                } else if (it->fingerprint != vaultFingerprint) {
                    shared->checks.append({QStringLiteral("current_key"), false, true,
                                           tr("the vault's key does not match key %1 at the provider").arg(keyId)});
                } else {
                    shared->oldKeyId = keyId;
                    shared->oldFingerprint = it->fingerprint;
                    shared->oldLastUsedAt = it->lastUsedAt;
                    shared->checks.append({QStringLiteral("provider"), true, true, tr("the provider answered")});
                    shared->checks.append(
                        {QStringLiteral("current_key"), true, true,
                         tr("current key %1 (%2), version %3").arg(keyId, it->fingerprint).arg(it->version)});
                }
                done(*shared);
            });
        });
    });
}

Result<qint64> RotationEngine::start(const RotationRequest &request)
{
    auto credential = m_store.credential(request.credentialId);
    if (!credential)
        return credential.error();
    if (credential->kind != CredentialKind::Held)
        return Error{tr("%1 is an issued key: consumers rotate it themselves in a campaign, not in a key swap")
                         .arg(credential->name)};
    if (credential->lifecycle == Lifecycle::Revoked)
        return Error{tr("%1 is retired (revoked); there is nothing to rotate").arg(credential->name)};
    if (request.emergency && request.reason.trimmed().isEmpty())
        return Error{tr("an emergency revocation needs a reason")};
    if (!credential->supportsDualKey && !request.acceptNoDualKey)
        return Error{tr("%1 cannot hold two keys at once: accept the outage window explicitly to rotate it")
                         .arg(credential->provider)};
    const qint64 grace =
        request.emergency ? 0 : (request.grace ? request.grace->count() : credential->gracePeriodSeconds);
    QJsonObject data{{QStringLiteral("vault_path"), credential->vaultPath},
                     {QStringLiteral("grace_seconds"), double(grace)},
                     {QStringLiteral("quiet_seconds"), double(quietFor(grace))},
                     {QStringLiteral("emergency"), request.emergency},
                     {QStringLiteral("attempt"), 1}};
    if (!request.reason.isEmpty())
        data.insert(QStringLiteral("reason"), request.reason);
    if (request.acceptNoDualKey)
        data.insert(QStringLiteral("accepted_no_dual_key"), true);
    auto id = m_store.startRun(credential->id,
                               request.emergency   ? QStringLiteral("emergency")
                               : request.scheduled ? QStringLiteral("scheduled")
                                                   : QStringLiteral("manual"),
                               data, request.emergency, kLockSeconds);
    if (!id)
        return id.error();
    if (auto r = m_store.setLifecycle(credential->id, Lifecycle::Rotating, tr("rotation run %1").arg(*id)); !r)
        return r.error();
    Q_EMIT runChanged(*id, kPlanned);
    return id;
}

void RotationEngine::advance(qint64 runId, RunCallback done)
{
    auto lease = m_store.takeLease(runId, m_leaseHolder, kLeaseSeconds);
    if (!lease)
        return done(lease.error());
    if (!*lease) {
        // a process on this host that held it and died (killed mid-step) does not make the run wait out its lease
        auto holder = m_store.leaseHolder(runId);
        if (holder && holderIsGone(*holder))
            lease = m_store.takeLeaseFrom(runId, *holder, m_leaseHolder, kLeaseSeconds);
    }
    if (!lease)
        return done(lease.error());
    if (!*lease)
        return done(
            Error{tr("run %1 is being advanced by another Keyturn right now; nothing was done here").arg(runId), true});
    auto ctx = std::make_shared<Context>();
    ctx->runId = runId;
    ctx->done = std::move(done);
    step(ctx);
}

void RotationEngine::advanceDue(std::function<void(QList<Result<RotationRunRecord>>)> done)
{
    auto due = m_store.dueRuns(m_clock.now());
    if (!due)
        return done({Result<RotationRunRecord>(due.error())});
    auto ids = std::make_shared<QList<qint64>>();
    for (const RotationRunRecord &r : *due)
        ids->append(r.id);
    auto results = std::make_shared<QList<Result<RotationRunRecord>>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, ids, results, next, done]() {
        if (ids->isEmpty()) {
            const auto report = done;
            const auto all = *results;
            *next = nullptr; // break the cycle (this destroys the lambda running now)
            report(all);
            return;
        }
        const qint64 id = ids->takeFirst();
        advance(id, [this, results, next](Result<RotationRunRecord> r) {
            results->append(r);
            QMetaObject::invokeMethod(
                this,
                [next] {
                    if (*next)
                        (*next)();
                },
                Qt::QueuedConnection);
        });
    };
    (*next)();
}

void RotationEngine::resume(qint64 runId, RunCallback done)
{
    auto run = m_store.run(runId);
    if (!run)
        return done(run.error());
    if (run->state == kFailed) {
        const QString back = run->data.value(QStringLiteral("resume_state")).toString(kPlanned);
        if (auto r = m_store.transitionRun(runId, kFailed, back, run->data, {}, {},
                                           QJsonObject{{QStringLiteral("resumed_by"), m_store.actor()}});
            !r)
            return done(r.error());
        Q_EMIT runChanged(runId, back);
    }
    advance(runId, std::move(done));
}

void RotationEngine::rollback(qint64 runId, RunCallback done)
{
    auto run = m_store.run(runId);
    if (!run)
        return done(run.error());
    const QString state = run->state;
    const QString origin = state == kFailed ? run->data.value(QStringLiteral("resume_state")).toString() : state;
    if (isTerminal(state) || origin == kRevoked || state == kRevoked)
        return done(Error{tr("run %1 cannot be rolled back: the old key is no longer valid (%2)")
                              .arg(runId)
                              .arg(describeState(state))});
    if (state != kRollingBack) {
        QJsonObject data = run->data;
        data.insert(QStringLiteral("rollback_from"), origin);
        if (auto r = m_store.transitionRun(runId, state, kRollingBack, data, {}, {},
                                           QJsonObject{{QStringLiteral("requested_by"), m_store.actor()}},
                                           data.value(QStringLiteral("new_fingerprint")).toString(),
                                           data.value(QStringLiteral("old_fingerprint")).toString());
            !r)
            return done(r.error());
        Q_EMIT runChanged(runId, kRollingBack);
    }
    advance(runId, std::move(done));
}

Result<void> RotationEngine::overrideVerification(qint64 runId, const QString &reason)
{
    if (reason.trimmed().size() < 10)
        return Error{tr("an override needs a written reason of at least 10 characters")};
    auto run = m_store.run(runId);
    if (!run)
        return run.error();
    if (run->state != kGrace)
        return Error{tr("run %1 is not waiting for verification (%2)").arg(runId).arg(describeState(run->state))};
    QJsonObject data = run->data;
    data.insert(QStringLiteral("override_reason"), reason.trimmed());
    data.insert(QStringLiteral("override_by"), m_store.actor());
    // The override is a decision that keeps the state: audit it as such; the next step acts on it.
    return m_store.transitionRun(
        runId, kGrace, kGrace, data, m_clock.now(), {},
        QJsonObject{{QStringLiteral("override_reason"), reason.trimmed()}, {QStringLiteral("override"), true}});
}

void RotationEngine::step(std::shared_ptr<Context> ctx)
{
    auto run = m_store.run(ctx->runId);
    if (!run)
        return ctx->done(run.error());
    ctx->run = run.value();
    const QString state = ctx->run.state;
    if (isTerminal(state) || state == kFailed || ++ctx->steps > 24)
        return done(ctx);
    auto credential = m_store.credential(ctx->run.credentialId);
    if (!credential)
        return fail(ctx, credential.errorMessage());
    ctx->credential = credential.value();
    QString why;
    ctx->provider = m_connections.providerFor(ctx->credential, &why);
    ctx->vault = m_connections.vault();
    if (!ctx->provider)
        return fail(ctx, why);
    if (!ctx->vault && ctx->run.kind != kCampaign)
        return fail(ctx, tr("no vault is configured in the connection profile"));

    if (ctx->run.kind == kCampaign) {
        if (state == kPlanned)
            return doCampaignPrecheck(ctx);
        if (state == kNotified || state == kAwaiting || state == kEscalated)
            return doCampaignWatch(ctx);
        if (state == kRevoked)
            return finishStep(ctx, kCompleted, {}, {}, {},
                              ctx->run.data.value(QStringLiteral("old_fingerprint")).toString(),
                              ctx->run.data.value(QStringLiteral("new_fingerprint")).toString());
        return fail(ctx, tr("a campaign run cannot be in state '%1'").arg(state));
    }
    if (state == kPlanned)
        return doPrecheck(ctx);
    if (state == kPrechecked)
        return doCreateKey(ctx);
    if (state == kCreated)
        return doStage(ctx);
    if (state == kStaged)
        return ctx->run.data.value(QStringLiteral("emergency")).toBool() ? doRevokeOld(ctx) : doGrace(ctx);
    if (state == kGrace)
        return doVerify(ctx);
    if (state == kVerified)
        return doRevokeOld(ctx);
    if (state == kRevoked)
        return doCleanup(ctx);
    if (state == kRollingBack)
        return doRollback(ctx);
    fail(ctx, tr("run %1 is in an unknown state '%2'").arg(ctx->runId).arg(state));
}

void RotationEngine::finishStep(std::shared_ptr<Context> ctx, const QString &to, const QJsonObject &dataPatch,
                                const QDateTime &nextActionAt, const QJsonObject &audit, const QString &oldFp,
                                const QString &newFp)
{
    testCrashPoint(QStringLiteral("before:") + to);
    const QJsonObject data = merged(ctx->run.data, dataPatch);
    if (auto r = m_store.transitionRun(ctx->runId, ctx->run.state, to, data, nextActionAt, {}, audit, oldFp, newFp); !r)
        return fail(ctx, r.errorMessage());
    Q_EMIT runChanged(ctx->runId, to);
    testCrashPoint(QStringLiteral("after:") + to);
    if (isTerminal(to)) {
        (void)m_store.releaseLock(ctx->run.credentialId, ctx->runId);
        (void)m_store.setLifecycle(ctx->run.credentialId, Lifecycle::Active,
                                   to == kCompleted ? tr("rotation run %1 completed").arg(ctx->runId)
                                                    : tr("rotation run %1 rolled back").arg(ctx->runId));
    }
    if (nextActionAt.isValid() && nextActionAt > m_clock.now())
        return done(ctx); // waiting: a timer or run-due comes back
    step(ctx);
}

void RotationEngine::fail(std::shared_ptr<Context> ctx, const QString &message)
{
    auto run = m_store.run(ctx->runId);
    if (run && run->state != kFailed && !isTerminal(run->state)) {
        QJsonObject data = run->data;
        if (run->state != kRollingBack)
            data.insert(QStringLiteral("resume_state"), run->state);
        if (m_store.transitionRun(ctx->runId, run->state, kFailed, data, {}, message, {}))
            Q_EMIT runChanged(ctx->runId, kFailed);
    }
    (void)m_store.releaseLease(ctx->runId, m_leaseHolder);
    ctx->done(Error{tr("run %1 failed, the old key is still valid: %2").arg(ctx->runId).arg(message)});
}

void RotationEngine::done(std::shared_ptr<Context> ctx)
{
    (void)m_store.releaseLease(ctx->runId, m_leaseHolder);
    ctx->done(m_store.run(ctx->runId));
}

Result<void> RotationEngine::signOff(qint64 runId, const QString &note)
{
    auto run = m_store.run(runId);
    if (!run)
        return run.error();
    if (run->state != kPlanned || !run->data.value(QStringLiteral("signoff_required")).toBool())
        return Error{tr("run %1 does not wait for a sign-off").arg(runId)};
    if (run->startedBy == m_store.actor())
        return Error{
            tr("%1 started run %2 and cannot also sign it off: another person must").arg(m_store.actor()).arg(runId)};
    QJsonObject data = run->data;
    data.insert(QStringLiteral("signed_off_by"), m_store.actor());
    data.remove(QStringLiteral("waiting_for"));
    return m_store.transitionRun(
        runId, kPlanned, kPlanned, data, m_clock.now(), {},
        QJsonObject{{QStringLiteral("signed_off_by"), m_store.actor()}, {QStringLiteral("note"), note.trimmed()}});
}

void RotationEngine::doPrecheck(std::shared_ptr<Context> ctx)
{
    if (ctx->credential.labels.contains(signOffLabel()) &&
        ctx->run.data.value(QStringLiteral("signed_off_by")).toString().isEmpty()) {
        // the owner's sign-off comes first; nothing is touched until then
        QJsonObject data = ctx->run.data;
        data.insert(QStringLiteral("signoff_required"), true);
        data.insert(
            QStringLiteral("waiting_for"),
            tr("a sign-off by the owner (%1), someone other than %2").arg(ctx->credential.owner, ctx->run.startedBy));
        if (auto r = m_store.rescheduleRun(ctx->runId, m_clock.now().addSecs(3600), data); !r)
            return fail(ctx, r.errorMessage());
        return done(ctx);
    }
    RotationRequest request;
    request.credentialId = ctx->credential.id;
    request.grace = std::chrono::seconds(qint64(ctx->run.data.value(QStringLiteral("grace_seconds")).toDouble()));
    request.emergency = ctx->run.data.value(QStringLiteral("emergency")).toBool();
    plan(request, [this, ctx](Result<RotationPlan> plan) {
        if (!plan)
            return fail(ctx, plan.errorMessage());
        QStringList problems;
        for (const PrecheckItem &c : plan->checks) {
            if (c.ok || c.name == QLatin1String("lock") || c.name == QLatin1String("signoff"))
                continue; // this run holds the lock itself
            if (c.name == QLatin1String("dual_key") &&
                ctx->run.data.value(QStringLiteral("accepted_no_dual_key")).toBool())
                continue;
            problems << c.detail;
        }
        if (!problems.isEmpty())
            return fail(ctx, tr("pre-checks failed: %1").arg(problems.join(QStringLiteral("; "))));
        // the provider's and the vault's view is the truth: make sure the inventory knows the current key
        auto keys = m_store.keyVersions(ctx->credential.id);
        if (!keys)
            return fail(ctx, keys.errorMessage());
        const RotationPlan p = plan.value();
        const bool known = std::any_of(keys->begin(), keys->end(),
                                       [&p](const KeyVersion &k) { return k.providerKeyId == p.oldKeyId; });
        if (!known) {
            KeyVersion current;
            current.credentialId = ctx->credential.id;
            current.providerKeyId = p.oldKeyId;
            current.fingerprint = p.oldFingerprint;
            current.state = KeyState::Current;
            if (auto r = m_store.addKeyVersion(current); !r)
                return fail(ctx, r.errorMessage());
        }
        ctx->vault->read(
            ctx->credential.vaultPath, std::nullopt, [this, ctx, p](NetResult<std::optional<VaultSecret>> r) {
                if (!r || !r->has_value())
                    return fail(ctx, r ? tr("the vault entry disappeared") : r.error().toString());
                QJsonObject patch{{QStringLiteral("old_key_id"), p.oldKeyId},
                                  {QStringLiteral("old_fingerprint"), p.oldFingerprint},
                                  {QStringLiteral("vault_version"), (*r)->version},
                                  {QStringLiteral("started_at"), isoNow(m_clock)}};
                if (p.oldLastUsedAt.isValid())
                    patch.insert(QStringLiteral("old_last_used_at"), isoUtc(p.oldLastUsedAt));
                finishStep(ctx, kPrechecked, patch, {}, QJsonObject{{QStringLiteral("checks"), int(p.checks.size())}},
                           p.oldFingerprint);
            });
    });
}

void RotationEngine::doCreateKey(std::shared_ptr<Context> ctx)
{
    const QJsonObject &d = ctx->run.data;
    const QString oldKeyId = d.value(QStringLiteral("old_key_id")).toString();
    const QString idempotency =
        QStringLiteral("keyturn-run-%1-%2").arg(ctx->runId).arg(d.value(QStringLiteral("attempt")).toInt(1));
    ctx->provider->rotateKey(oldKeyId, idempotency, [this, ctx](NetResult<CreatedKey> created) {
        if (!created)
            return fail(ctx, tr("creating the new key failed: %1").arg(created.error().toString()));
        m_pendingSecrets.insert(ctx->runId, created->secret);
        testCrashPoint(QStringLiteral("before:") + kCreated);
        auto keys = m_store.keyVersions(ctx->credential.id);
        const bool known = keys && std::any_of(keys->begin(), keys->end(), [&created](const KeyVersion &k) {
                               return k.providerKeyId == created->key.id;
                           });
        if (!known) {
            KeyVersion kv;
            kv.credentialId = ctx->credential.id;
            kv.providerKeyId = created->key.id;
            kv.fingerprint = created->key.fingerprint;
            kv.prefix = created->key.prefix;
            kv.state = KeyState::Pending;
            kv.createdAt = created->key.createdAt;
            if (auto r = m_store.addKeyVersion(kv); !r)
                return fail(ctx, r.errorMessage());
        }
        const QJsonObject patch{{QStringLiteral("new_key_id"), created->key.id},
                                {QStringLiteral("new_fingerprint"), created->key.fingerprint},
                                {QStringLiteral("new_prefix"), created->key.prefix},
                                {QStringLiteral("new_version"), created->key.version}};
        finishStep(ctx, kCreated, patch, {}, QJsonObject{{QStringLiteral("new_key_id"), created->key.id}},
                   ctx->run.data.value(QStringLiteral("old_fingerprint")).toString(), created->key.fingerprint);
    });
}

void RotationEngine::doStage(std::shared_ptr<Context> ctx)
{
    const QJsonObject d = ctx->run.data;
    const QString newKeyId = d.value(QStringLiteral("new_key_id")).toString();
    const QString path = ctx->credential.vaultPath;
    auto write = [this, ctx, newKeyId, path, d](const Secret &secret) {
        ctx->vault->read(
            path, std::nullopt, [this, ctx, newKeyId, path, d, secret](NetResult<std::optional<VaultSecret>> r) {
                if (!r || !r->has_value())
                    return fail(ctx, r ? tr("the vault entry at %1 disappeared").arg(path) : r.error().toString());
                const VaultSecret current = **r;
                auto staged = [this, ctx, newKeyId](int vaultVersion) {
                    m_pendingSecrets.remove(ctx->runId);
                    auto keys = m_store.keyVersions(ctx->credential.id);
                    if (keys) {
                        for (const KeyVersion &k : *keys) {
                            if (k.providerKeyId == newKeyId && k.state != KeyState::Current) {
                                if (auto s = m_store.setKeyState(k.id, KeyState::Current); !s)
                                    return fail(ctx, s.errorMessage());
                            }
                        }
                    }
                    finishStep(ctx, kStaged,
                               QJsonObject{{QStringLiteral("staged_at"), isoNow(m_clock)},
                                           {QStringLiteral("staged_vault_version"), vaultVersion}},
                               {}, QJsonObject{{QStringLiteral("vault_version"), vaultVersion}},
                               ctx->run.data.value(QStringLiteral("old_fingerprint")).toString(),
                               ctx->run.data.value(QStringLiteral("new_fingerprint")).toString());
                };
                if (current.data.value(QStringLiteral("key_id")).toString() == newKeyId)
                    return staged(current.version); // written before an interruption
                if (current.version != d.value(QStringLiteral("vault_version")).toInt())
                    return fail(ctx, tr("the vault entry at %1 changed since the pre-check (version %2, expected "
                                        "%3); nothing was written")
                                         .arg(path)
                                         .arg(current.version)
                                         .arg(d.value(QStringLiteral("vault_version")).toInt()));
                const qint64 grace = qint64(d.value(QStringLiteral("grace_seconds")).toDouble());
                QJsonObject entry = current.data;
                entry.insert(QStringLiteral("key"), QString::fromUtf8(secret.reveal()));
                entry.insert(QStringLiteral("key_id"), newKeyId);
                entry.insert(QStringLiteral("previous_key"), current.data.value(QStringLiteral("key")));
                entry.insert(QStringLiteral("previous_key_id"), current.data.value(QStringLiteral("key_id")));
                entry.insert(QStringLiteral("rotated_at"), isoNow(m_clock));
                entry.insert(QStringLiteral("previous_key_revocation_at"), isoUtc(m_clock.now().addSecs(grace)));
                ctx->vault->write(path, entry, current.version, [this, ctx, staged](NetResult<int> written) {
                    if (!written)
                        return fail(ctx,
                                    tr("storing the new key in the vault failed: %1").arg(written.error().toString()));
                    staged(*written);
                });
            });
    };
    if (m_pendingSecrets.contains(ctx->runId))
        return write(m_pendingSecrets.value(ctx->runId));
    // The secret was lost with an interrupted process: ask the provider to replay the same creation.
    const QString idempotency =
        QStringLiteral("keyturn-run-%1-%2").arg(ctx->runId).arg(d.value(QStringLiteral("attempt")).toInt(1));
    ctx->provider->rotateKey(
        d.value(QStringLiteral("old_key_id")).toString(), idempotency,
        [this, ctx, newKeyId, write, d](NetResult<CreatedKey> again) {
            if (!again)
                return fail(ctx, tr("recovering the new key failed: %1").arg(again.error().toString()));
            if (again->key.id == newKeyId)
                return write(again->secret);
            // The provider made another key instead of replaying: revoke both and try afresh.
            const QString extra = again->key.id;
            ctx->provider->revokeKey(extra, [this, ctx, newKeyId, d](NetResult<ProviderKey>) {
                ctx->provider->revokeKey(newKeyId, [this, ctx, d](NetResult<ProviderKey> r) {
                    if (!r)
                        return fail(ctx, tr("could not revoke an unrecoverable new key: %1").arg(r.error().toString()));
                    const QJsonObject patch{
                        {QStringLiteral("attempt"), d.value(QStringLiteral("attempt")).toInt(1) + 1},
                        {QStringLiteral("new_key_id"), QJsonValue()},
                        {QStringLiteral("new_fingerprint"), QJsonValue()},
                        {QStringLiteral("new_prefix"), QJsonValue()},
                        {QStringLiteral("new_version"), QJsonValue()}};
                    finishStep(
                        ctx, kPrechecked, patch, {},
                        QJsonObject{{QStringLiteral("retry"),
                                     tr("the new key's secret was lost; it was revoked and a new one is made")}});
                });
            });
        });
}

void RotationEngine::doGrace(std::shared_ptr<Context> ctx)
{
    const QDateTime staged = fromIso(ctx->run.data.value(QStringLiteral("staged_at")));
    const qint64 grace = qint64(ctx->run.data.value(QStringLiteral("grace_seconds")).toDouble());
    const QDateTime until = (staged.isValid() ? staged : m_clock.now()).addSecs(grace);
    finishStep(ctx, kGrace,
               QJsonObject{{QStringLiteral("grace_until"), isoUtc(until)},
                           {QStringLiteral("waiting_for"), tr("the grace period to end at %1").arg(isoUtc(until))}},
               until, QJsonObject{{QStringLiteral("grace_until"), isoUtc(until)}});
}

void RotationEngine::doVerify(std::shared_ptr<Context> ctx)
{
    const QJsonObject d = ctx->run.data;
    const QDateTime now = m_clock.now();
    const QDateTime until = fromIso(d.value(QStringLiteral("grace_until")));
    const QString overrideReason = d.value(QStringLiteral("override_reason")).toString();
    if (until.isValid() && now < until && overrideReason.isEmpty())
        return done(ctx);
    if (!overrideReason.isEmpty()) {
        return finishStep(ctx, kVerified, QJsonObject{{QStringLiteral("waiting_for"), QJsonValue()}}, {},
                          QJsonObject{{QStringLiteral("override_reason"), overrideReason},
                                      {QStringLiteral("override_by"), d.value(QStringLiteral("override_by"))}});
    }
    const QString oldKeyId = d.value(QStringLiteral("old_key_id")).toString();
    const QString newKeyId = d.value(QStringLiteral("new_key_id")).toString();
    ctx->provider->keyUsage(newKeyId, [this, ctx, oldKeyId, d, now](NetResult<KeyUsage> fresh) {
        if (!fresh)
            return fail(ctx, tr("reading the new key's use failed: %1").arg(fresh.error().toString()));
        ctx->provider->keyUsage(oldKeyId, [this, ctx, d, now, fresh = fresh.value()](NetResult<KeyUsage> old) {
            if (!old)
                return fail(ctx, tr("reading the old key's use failed: %1").arg(old.error().toString()));
            const QDateTime staged = fromIso(d.value(QStringLiteral("staged_at")));
            const qint64 quiet = qint64(d.value(QStringLiteral("quiet_seconds")).toDouble());
            // A key nobody had used for a week before the rotation (a stale deployment, a monthly job) cannot be
            // expected in use again soon: then the old key's silence is what is verified, and the audit says so.
            const QDateTime oldLastUse = fromIso(d.value(QStringLiteral("old_last_used_at")));
            const bool wasIdle = !oldLastUse.isValid() || oldLastUse.daysTo(staged) >= 7;
            const bool newSeen = fresh.lastUsedAt.isValid() && fresh.lastUsedAt >= staged;
            const bool oldQuiet = !old->lastUsedAt.isValid() || old->lastUsedAt.secsTo(now) >= quiet;
            if ((newSeen || wasIdle) && oldQuiet) {
                return finishStep(
                    ctx, kVerified, QJsonObject{{QStringLiteral("waiting_for"), QJsonValue()}}, {},
                    QJsonObject{{QStringLiteral("new_key_last_used"),
                                 newSeen ? isoUtc(fresh.lastUsedAt)
                                         : tr("not seen in use: the key was idle for a week before the rotation")},
                                {QStringLiteral("old_key_last_used"),
                                 old->lastUsedAt.isValid() ? isoUtc(old->lastUsedAt) : QString()}});
            }
            const QString waiting =
                !newSeen ? tr("the new key to be seen in use")
                         : tr("the old key to be quiet for %1 (last used %2)")
                               .arg(formatDuration(std::chrono::seconds(quiet)), isoUtc(old->lastUsedAt));
            const QDateTime graceEnd = fromIso(d.value(QStringLiteral("grace_until")));
            if (!oldQuiet && graceEnd.isValid() && graceEnd.secsTo(now) > quiet) {
                (void)m_store.raiseAlert(QStringLiteral("old_key_still_used"), QStringLiteral("warning"),
                                         ctx->credential.id, ctx->runId,
                                         tr("%1: the old key is still used after the grace period; the run waits "
                                            "instead of revoking it (override with a reason to revoke anyway)")
                                             .arg(ctx->credential.name));
            }
            QJsonObject data = d;
            data.insert(QStringLiteral("waiting_for"), waiting);
            const QDateTime next = now.addSecs(std::clamp<qint64>(quiet / 2, 1, 60));
            if (auto r = m_store.rescheduleRun(ctx->runId, next, data); !r)
                return fail(ctx, r.errorMessage());
            done(ctx);
        });
    });
}

void RotationEngine::doRevokeOld(std::shared_ptr<Context> ctx)
{
    const QJsonObject d = ctx->run.data;
    const QString oldKeyId = d.value(QStringLiteral("old_key_id")).toString();
    auto recorded = [this, ctx, oldKeyId, d]() {
        auto keys = m_store.keyVersions(ctx->credential.id);
        if (keys) {
            for (const KeyVersion &k : *keys) {
                if (k.providerKeyId == oldKeyId && k.state != KeyState::Revoked) {
                    if (auto s = m_store.setKeyState(k.id, KeyState::Revoked); !s)
                        return fail(ctx, s.errorMessage());
                }
            }
        }
        finishStep(ctx, kRevoked, QJsonObject{{QStringLiteral("revoked_at"), isoNow(m_clock)}}, {},
                   QJsonObject{{QStringLiteral("old_key_id"), oldKeyId}},
                   d.value(QStringLiteral("old_fingerprint")).toString(),
                   d.value(QStringLiteral("new_fingerprint")).toString());
    };
    ctx->provider->revokeKey(oldKeyId, [this, ctx, oldKeyId, recorded](NetResult<ProviderKey> r) {
        if (r)
            return recorded();
        // revoked already by an interrupted earlier attempt? then this step is done
        ctx->provider->listKeys(QString(),
                                [this, ctx, oldKeyId, recorded, error = r.error()](NetResult<QList<ProviderKey>> keys) {
                                    if (keys) {
                                        for (const ProviderKey &k : *keys) {
                                            if (k.id == oldKeyId && k.status != QLatin1String("active"))
                                                return recorded();
                                        }
                                    }
                                    fail(ctx, tr("revoking the old key failed: %1").arg(error.toString()));
                                });
    });
}

void RotationEngine::doCleanup(std::shared_ptr<Context> ctx)
{
    const QJsonObject d = ctx->run.data;
    const QString path = ctx->credential.vaultPath;
    const QString oldKeyId = d.value(QStringLiteral("old_key_id")).toString();
    ctx->vault->read(path, std::nullopt, [this, ctx, path, oldKeyId](NetResult<std::optional<VaultSecret>> r) {
        if (!r || !r->has_value())
            return fail(ctx, r ? tr("the vault entry at %1 disappeared").arg(path) : r.error().toString());
        const VaultSecret current = **r;
        auto complete = [this, ctx](int version) {
            finishStep(ctx, kCompleted, QJsonObject{{QStringLiteral("final_vault_version"), version}}, {}, {},
                       ctx->run.data.value(QStringLiteral("old_fingerprint")).toString(),
                       ctx->run.data.value(QStringLiteral("new_fingerprint")).toString());
        };
        if (current.data.value(QStringLiteral("previous_key_id")).toString() != oldKeyId)
            return complete(current.version);
        QJsonObject entry = current.data;
        for (const char *field : {"previous_key", "previous_key_id", "previous_key_revocation_at"})
            entry.remove(QLatin1String(field));
        ctx->vault->write(path, entry, current.version, [this, ctx, complete](NetResult<int> written) {
            if (!written)
                return fail(ctx,
                            tr("removing the revoked key from the vault failed: %1").arg(written.error().toString()));
            complete(*written);
        });
    });
}

void RotationEngine::doRollback(std::shared_ptr<Context> ctx)
{
    const QJsonObject d = ctx->run.data;
    const QString path = ctx->credential.vaultPath;
    const QString newKeyId = d.value(QStringLiteral("new_key_id")).toString();
    const QString oldKeyId = d.value(QStringLiteral("old_key_id")).toString();
    m_pendingSecrets.remove(ctx->runId);
    auto finish = [this, ctx, newKeyId, oldKeyId]() {
        auto keys = m_store.keyVersions(ctx->credential.id);
        if (keys) {
            for (const KeyVersion &k : *keys) {
                if (k.providerKeyId == newKeyId && k.state != KeyState::Revoked) {
                    if (auto s = m_store.setKeyState(k.id, KeyState::Revoked); !s)
                        return fail(ctx, s.errorMessage());
                }
            }
            for (const KeyVersion &k : *keys) {
                if (!oldKeyId.isEmpty() && k.providerKeyId == oldKeyId && k.state != KeyState::Current) {
                    if (auto s = m_store.setKeyState(k.id, KeyState::Current); !s)
                        return fail(ctx, s.errorMessage());
                }
            }
        }
        finishStep(ctx, kRolledBack, {}, {}, {}, ctx->run.data.value(QStringLiteral("new_fingerprint")).toString(),
                   ctx->run.data.value(QStringLiteral("old_fingerprint")).toString());
    };
    auto revokeNew = [this, ctx, newKeyId, oldKeyId, finish]() {
        if (oldKeyId.isEmpty())
            return finish(); // stopped before anything was made
        // Revoke every key this run made: the recorded one, and any made by an attempt whose answer was lost.
        const QDateTime started = ctx->run.createdAt;
        ctx->provider->listKeys(QString(), [this, ctx, newKeyId, oldKeyId, finish,
                                            started](NetResult<QList<ProviderKey>> keys) {
            if (!keys)
                return fail(ctx,
                            tr("rolling back: listing the provider's keys failed: %1").arg(keys.error().toString()));
            ProviderKey old;
            for (const ProviderKey &k : *keys) {
                if (k.id == oldKeyId)
                    old = k;
            }
            QStringList toRevoke;
            for (const ProviderKey &k : *keys) {
                const bool ours = k.id == newKeyId ||
                                  (!old.id.isEmpty() && k.id != old.id && k.userId == old.userId &&
                                   k.name == old.name && k.version > old.version && k.createdAt >= started.addSecs(-5));
                if (ours && k.status == QLatin1String("active"))
                    toRevoke << k.id;
            }
            auto remaining = std::make_shared<QStringList>(toRevoke);
            auto next = std::make_shared<std::function<void()>>();
            *next = [this, ctx, remaining, next, finish]() {
                if (remaining->isEmpty()) {
                    const auto finishNow = finish; // resetting *next destroys this lambda and what it captured
                    *next = nullptr;
                    return finishNow();
                }
                const QString id = remaining->takeFirst();
                ctx->provider->revokeKey(id, [this, ctx, next, id](NetResult<ProviderKey> r) {
                    if (!r)
                        return fail(
                            ctx, tr("rolling back: revoking the new key %1 failed: %2").arg(id, r.error().toString()));
                    (*next)();
                });
            };
            (*next)();
        });
    };
    ctx->vault->read(path, std::nullopt, [this, ctx, newKeyId, revokeNew](NetResult<std::optional<VaultSecret>> r) {
        if (!r)
            return fail(ctx, tr("rolling back: reading the vault failed: %1").arg(r.error().toString()));
        if (!r->has_value() || newKeyId.isEmpty() || (**r).data.value(QStringLiteral("key_id")).toString() != newKeyId)
            return revokeNew(); // the vault never got the new key
        const VaultSecret current = **r;
        QJsonObject entry = current.data;
        entry.insert(QStringLiteral("key"), current.data.value(QStringLiteral("previous_key")));
        entry.insert(QStringLiteral("key_id"), current.data.value(QStringLiteral("previous_key_id")));
        entry.insert(QStringLiteral("rotated_at"), isoNow(m_clock));
        for (const char *field : {"previous_key", "previous_key_id", "previous_key_revocation_at"})
            entry.remove(QLatin1String(field));
        ctx->vault->write(ctx->credential.vaultPath, entry, current.version,
                          [this, ctx, revokeNew](NetResult<int> written) {
                              if (!written)
                                  return fail(ctx, tr("rolling back: restoring the old key in the vault failed: %1")
                                                       .arg(written.error().toString()));
                              revokeNew();
                          });
    });
}

Result<QList<qint64>> RotationEngine::startCampaign(const CampaignRequest &request)
{
    if (request.credentialIds.isEmpty())
        return Error{tr("a campaign needs at least one issued key")};
    if (request.policy != QLatin1String("revoke") && request.policy != QLatin1String("escalate"))
        return Error{tr("the deadline policy must be revoke or escalate, not '%1'").arg(request.policy)};
    if (request.deadline.count() <= 0)
        return Error{tr("the deadline must lie in the future")};
    if (request.emergency && request.reason.trimmed().isEmpty())
        return Error{tr("an emergency campaign needs a reason (the consumers are told it); nothing was started")};
    if (!request.emergency && request.deadline.count() < qint64(request.noticeLeadDays) * 86400)
        return Error{tr("the first notice must go out at least %1 days before the deadline, so the deadline must be "
                        "at least %1 days away (or the rotation an emergency); nothing was started")
                         .arg(request.noticeLeadDays)};
    auto consumers = m_store.consumers();
    if (!consumers)
        return consumers.error();
    QList<Credential> credentials;
    for (qint64 id : request.credentialIds) {
        auto c = m_store.credential(id);
        if (!c)
            return c.error();
        if (c->kind != CredentialKind::Issued)
            return Error{
                tr("%1 is a held key: rotate it with a key swap, not a campaign; nothing was started").arg(c->name)};
        if (c->externalRef.count(QLatin1Char(':')) < 2)
            return Error{tr("%1 was not synced from the platform (no provider reference); sync first").arg(c->name)};
        credentials << c.value();
    }
    const QDateTime deadline = m_clock.now().addSecs(request.deadline.count());
    Database &db = m_store.database();
    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();
    QStringList names;
    for (const Credential &c : credentials)
        names << c.name;
    CampaignRecord campaign;
    campaign.name = request.name.trimmed();
    if (campaign.name.isEmpty()) {
        campaign.name = (request.emergency ? tr("Emergency rotation of %1") : tr("Rotation of %1"))
                            .arg(names.size() <= 3 ? names.join(QStringLiteral(", "))
                                                   : tr("%1 keys (%2, …)").arg(names.size()).arg(names.first()));
    }
    campaign.deadlineAt = deadline;
    campaign.policy = request.emergency ? QStringLiteral("revoke") : request.policy;
    campaign.emergency = request.emergency;
    campaign.reason = request.reason.trimmed();
    campaign.noticeLeadDays = request.noticeLeadDays;
    NoticeStore notices(db, m_store.auditLog(), m_clock, m_store.actor());
    auto campaignId = notices.createCampaign(campaign);
    if (!campaignId)
        return Error{tr("%1; no campaign was started").arg(campaignId.errorMessage())};
    QList<qint64> runs;
    for (const Credential &c : credentials) {
        const QStringList ref = c.externalRef.split(QLatin1Char(':'));
        QString consumerName;
        for (const Consumer &k : *consumers) {
            if (c.consumerId && k.id == *c.consumerId)
                consumerName = k.name;
        }
        const QJsonObject data{{QStringLiteral("user_id"), ref.at(1)},
                               {QStringLiteral("key_name"), ref.mid(2).join(QLatin1Char(':'))},
                               {QStringLiteral("consumer"), consumerName},
                               {QStringLiteral("deadline_at"), isoUtc(deadline)},
                               {QStringLiteral("policy"), campaign.policy},
                               {QStringLiteral("quiet_seconds"), double(request.quiet.count())},
                               {QStringLiteral("consumer_state"), kNotified},
                               {QStringLiteral("campaign_id"), double(*campaignId)},
                               {QStringLiteral("emergency"), request.emergency},
                               {QStringLiteral("reason"), campaign.reason}};
        auto id = m_store.startRun(c.id, kCampaign, data, request.emergency, request.deadline.count() + 30 * 86400);
        if (!id)
            return Error{tr("%1; no campaign was started").arg(id.errorMessage())};
        if (auto r = m_store.setRunCampaign(*id, *campaignId); !r)
            return r.error();
        if (auto r = m_store.setLifecycle(c.id, Lifecycle::Rotating, tr("campaign run %1").arg(*id)); !r)
            return r.error();
        runs << *id;
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    for (qint64 id : runs)
        Q_EMIT runChanged(id, kPlanned);
    return runs;
}

Result<void> RotationEngine::extendDeadline(qint64 runId, std::chrono::seconds by, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("an extension needs a reason")};
    if (by.count() <= 0)
        return Error{tr("an extension must move the deadline later")};
    auto run = m_store.run(runId);
    if (!run)
        return run.error();
    if (run->kind != kCampaign || isTerminal(run->state))
        return Error{tr("run %1 is not an open campaign").arg(runId)};
    QJsonObject data = run->data;
    const QDateTime before = fromIso(data.value(QStringLiteral("deadline_at")));
    const QDateTime after = std::max(before, m_clock.now()).addSecs(by.count());
    data.insert(QStringLiteral("deadline_at"), isoUtc(after));
    // The notices follow: reminders are rescheduled against the new deadline and the consumer is told of it.
    data.insert(QStringLiteral("previous_deadline_at"), isoUtc(before));
    data.insert(QStringLiteral("deadline_changed_at"), isoUtc(m_clock.now()));
    data.insert(QStringLiteral("extensions"), data.value(QStringLiteral("extensions")).toInt() + 1);
    const QString to = run->state == kEscalated ? kAwaiting : run->state;
    return m_store.transitionRun(runId, run->state, to, data, m_clock.now(), {},
                                 QJsonObject{{QStringLiteral("deadline_from"), isoUtc(before)},
                                             {QStringLiteral("deadline_to"), isoUtc(after)},
                                             {QStringLiteral("reason"), reason.trimmed()}});
}

void RotationEngine::doCampaignPrecheck(std::shared_ptr<Context> ctx)
{
    const QString userId = ctx->run.data.value(QStringLiteral("user_id")).toString();
    const QString name = ctx->run.data.value(QStringLiteral("key_name")).toString();
    ctx->provider->listKeys(userId, [this, ctx, name](NetResult<QList<ProviderKey>> keys) {
        if (!keys)
            return fail(ctx, tr("listing the consumer's keys failed: %1").arg(keys.error().toString()));
        const ProviderKey *current = nullptr;
        for (const ProviderKey &k : *keys) {
            if (k.name == name && k.status == QLatin1String("active") && (!current || k.version > current->version))
                current = &k;
        }
        if (!current)
            return fail(ctx, tr("the consumer has no active key named %1 at the platform").arg(name));
        const QJsonObject patch{{QStringLiteral("old_key_id"), current->id},
                                {QStringLiteral("old_fingerprint"), current->fingerprint},
                                {QStringLiteral("old_version"), current->version},
                                {QStringLiteral("notice"), QStringLiteral("to_draft")}};
        // The notice hook: the approval queue drafts this consumer's notice from the run's facts.
        finishStep(ctx, kNotified, patch, {},
                   QJsonObject{{QStringLiteral("consumer"), ctx->run.data.value(QStringLiteral("consumer"))},
                               {QStringLiteral("deadline_at"), ctx->run.data.value(QStringLiteral("deadline_at"))}},
                   current->fingerprint);
    });
}

void RotationEngine::doCampaignWatch(std::shared_ptr<Context> ctx)
{
    const QJsonObject d = ctx->run.data;
    const QString userId = d.value(QStringLiteral("user_id")).toString();
    ctx->provider->listKeys(userId, [this, ctx, d](NetResult<QList<ProviderKey>> keys) {
        if (!keys)
            return fail(ctx, tr("listing the consumer's keys failed: %1").arg(keys.error().toString()));
        const QString name = d.value(QStringLiteral("key_name")).toString();
        const QString oldKeyId = d.value(QStringLiteral("old_key_id")).toString();
        const int oldVersion = d.value(QStringLiteral("old_version")).toInt();
        const QDateTime now = m_clock.now();
        const qint64 quiet = qint64(d.value(QStringLiteral("quiet_seconds")).toDouble());
        ProviderKey old;
        const ProviderKey *fresh = nullptr;
        for (const ProviderKey &k : *keys) {
            if (k.id == oldKeyId)
                old = k;
            else if (k.name == name && k.version > oldVersion && k.status == QLatin1String("active") &&
                     (!fresh || k.version > fresh->version))
                fresh = &k;
        }
        QString consumerState = kNotified;
        if (fresh)
            consumerState = QStringLiteral("new_key_created");
        if (fresh && fresh->lastUsedAt.isValid())
            consumerState = QStringLiteral("new_key_used");
        const bool oldQuiet = !old.lastUsedAt.isValid() || old.lastUsedAt.secsTo(now) >= quiet;
        if (consumerState == QLatin1String("new_key_used") && oldQuiet)
            consumerState = QStringLiteral("old_key_quiet");
        const bool oldGone = old.id.isEmpty() || old.status != QLatin1String("active");
        QJsonObject patch{{QStringLiteral("consumer_state"), consumerState}};
        if (fresh) {
            patch.insert(QStringLiteral("new_key_id"), fresh->id);
            patch.insert(QStringLiteral("new_fingerprint"), fresh->fingerprint);
        }
        const QJsonObject audit{{QStringLiteral("consumer_state"), consumerState}};
        const QString newFp = fresh ? fresh->fingerprint : QString();
        const QString oldFp = d.value(QStringLiteral("old_fingerprint")).toString();
        auto markRevoked = [this, ctx, oldKeyId]() {
            auto versions = m_store.keyVersions(ctx->credential.id);
            if (versions) {
                for (const KeyVersion &k : *versions) {
                    if (k.providerKeyId == oldKeyId && k.state != KeyState::Revoked)
                        (void)m_store.setKeyState(k.id, KeyState::Revoked);
                }
            }
        };
        if (oldGone) {
            // the consumer revoked their old key themselves
            markRevoked();
            patch.insert(QStringLiteral("revoked_by"), QStringLiteral("consumer"));
            return finishStep(ctx, kRevoked, patch, {}, audit, oldFp, newFp);
        }
        const QDateTime deadline = fromIso(d.value(QStringLiteral("deadline_at")));
        const bool migrated = consumerState == QLatin1String("old_key_quiet");
        if (deadline.isValid() && now >= deadline) {
            bool revoke = migrated || d.value(QStringLiteral("policy")).toString() == QLatin1String("revoke");
            QString escalation =
                tr("%1 did not migrate %2 by the deadline (%3); extend the deadline or decide")
                    .arg(d.value(QStringLiteral("consumer")).toString(), ctx->credential.name, isoUtc(deadline));
            if (revoke && !migrated && !d.value(QStringLiteral("emergency")).toBool()) {
                // Never break a consumer who was never told: without a sent notice the run escalates instead.
                NoticeStore notices(m_store.database(), m_store.auditLog(), m_clock, m_store.actor());
                auto told = notices.runWasNotified(ctx->runId);
                if (!told || !*told) {
                    revoke = false;
                    escalation = tr("%1 was never sent a notice about %2 (none was approved and delivered), so the "
                                    "old key was not revoked at the deadline (%3); approve and send the notice, then "
                                    "extend the deadline")
                                     .arg(d.value(QStringLiteral("consumer")).toString(), ctx->credential.name,
                                          isoUtc(deadline));
                }
            }
            if (revoke) {
                if (!migrated)
                    patch.insert(QStringLiteral("revoked_unmigrated"), true);
                return ctx->provider->revokeKey(oldKeyId, [this, ctx, patch, audit, oldFp, newFp,
                                                           markRevoked](NetResult<ProviderKey> r) {
                    if (!r)
                        return fail(ctx, tr("revoking the consumer's old key failed: %1").arg(r.error().toString()));
                    markRevoked();
                    finishStep(ctx, kRevoked, patch, {}, audit, oldFp, newFp);
                });
            }
            if (ctx->run.state != kEscalated) {
                (void)m_store.raiseAlert(QStringLiteral("campaign_deadline_missed"), QStringLiteral("critical"),
                                         ctx->credential.id, ctx->runId, escalation);
                return finishStep(ctx, kEscalated, patch, now.addSecs(3600), audit, oldFp, newFp);
            }
            QJsonObject data = merged(d, patch);
            (void)m_store.rescheduleRun(ctx->runId, now.addSecs(3600), data);
            return done(ctx);
        }
        const qint64 untilDeadline = deadline.isValid() ? now.secsTo(deadline) : 3600;
        const QDateTime next = now.addSecs(std::clamp<qint64>(untilDeadline, 1, 3600));
        if (ctx->run.state == kNotified || d.value(QStringLiteral("consumer_state")).toString() != consumerState) {
            const QString to = kAwaiting;
            if (ctx->run.state == to) {
                // a consumer step: audited, the run's state stays
                QJsonObject data = merged(d, patch);
                if (auto r = m_store.transitionRun(ctx->runId, to, to, data, next, {}, audit, oldFp, newFp); !r)
                    return fail(ctx, r.errorMessage());
                Q_EMIT runChanged(ctx->runId, to);
                return done(ctx);
            }
            return finishStep(ctx, to, patch, next, audit, oldFp, newFp);
        }
        QJsonObject data = merged(d, patch);
        (void)m_store.rescheduleRun(ctx->runId, next, data);
        done(ctx);
    });
}

void RotationEngine::disableConsumerKeys(const QString &userId, const QString &reason,
                                         std::function<void(Result<int>)> done)
{
    if (reason.trimmed().isEmpty())
        return done(Error{tr("disabling a consumer's keys needs a reason")});
    PlatformAdminClient *platform = m_connections.platform();
    if (!platform)
        return done(Error{tr("no platform is configured in the connection profile")});
    auto consumers = m_store.consumers();
    if (!consumers)
        return done(consumers.error());
    std::optional<Consumer> consumer;
    for (const Consumer &c : *consumers) {
        if (c.externalId == userId)
            consumer = c;
    }
    if (!consumer)
        return done(Error{tr("there is no consumer %1 in the inventory; sync first").arg(userId)});
    platform->disableUserKeys(userId, [this, done, consumer, reason](NetResult<int> disabled) {
        if (!disabled)
            return done(Error{tr("the platform did not disable the keys: %1; nothing was changed here")
                                  .arg(disabled.error().toString())});
        Database &db = m_store.database();
        Transaction tx(db);
        auto rows = m_store.inventory();
        if (!rows)
            return done(rows.error());
        for (const InventoryRow &row : *rows) {
            if (!row.credential.consumerId || *row.credential.consumerId != consumer->id)
                continue;
            auto keys = m_store.keyVersions(row.credential.id);
            if (!keys)
                return done(keys.error());
            for (const KeyVersion &k : *keys) {
                if (k.state != KeyState::Revoked) {
                    if (auto r = m_store.setKeyState(k.id, KeyState::Revoked); !r)
                        return done(r.error());
                }
            }
            if (auto r = m_store.setLifecycle(row.credential.id, Lifecycle::Revoked,
                                              tr("all keys of %1 disabled: %2").arg(consumer->name, reason.trimmed()));
                !r)
                return done(r.error());
        }
        if (auto r = m_store.raiseAlert(QStringLiteral("consumer_disabled"), QStringLiteral("critical"), 0, 0,
                                        tr("all keys of %1 (%2) were disabled: %3")
                                            .arg(consumer->name, consumer->externalId, reason.trimmed()));
            !r)
            return done(r.error());
        if (auto r = tx.commit(); !r)
            return done(r.error());
        done(*disabled);
    });
}

} // namespace keyturn
