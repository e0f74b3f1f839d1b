#include "CampaignNotices.h"

#include "../audit/AuditEvent.h"
#include "../domain/Clock.h"
#include "../net/ConnectionProfile.h"
#include "../store/Database.h"
#include "../store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace keyturn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CampaignNotices", text);
}

const QString kCampaign = QStringLiteral("campaign");

QDateTime fromIso(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QString humanUtc(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

bool isUnsent(const NoticeRecord &n)
{
    return n.state == NoticeState::Draft || n.state == NoticeState::Pending || n.state == NoticeState::Approved;
}

bool isOpenCampaignState(const QString &state)
{
    return state == QLatin1String("notified") || state == QLatin1String("awaiting_migration") ||
           state == QLatin1String("escalated");
}

bool isRevokedState(const QString &state)
{
    return state == QLatin1String("old_key_revoked") || state == QLatin1String("completed");
}

} // namespace

CampaignNotices::CampaignNotices(WorkspaceStore &store, NoticeStore &notices, const Clock &clock)
    : m_store(store), m_notices(notices), m_clock(clock)
{}

bool CampaignNotices::isMigrated(const RotationRunRecord &run)
{
    const QString s = run.data.value(QStringLiteral("consumer_state")).toString();
    return s == QLatin1String("new_key_used") || s == QLatin1String("old_key_quiet");
}

Result<NoticeSettings> CampaignNotices::settings() const
{
    NoticeSettings s;
    auto read = [this](const QString &key) -> Result<QString> {
        auto v = m_store.setting(key);
        if (!v)
            return v.error();
        return v->value_or(QString());
    };
    auto contact = read(NoticeSettings::contactKey());
    auto api = read(NoticeSettings::apiBaseUrlKey());
    auto dashboard = read(NoticeSettings::dashboardUrlKey());
    if (!contact || !api || !dashboard)
        return Error{tr("the notice settings could not be read")};
    s.contact = *contact;
    s.apiBaseUrl = *api;
    s.dashboardUrl = *dashboard;
    if (s.contact.isEmpty() || s.apiBaseUrl.isEmpty()) {
        auto stored = m_store.setting(ConnectionProfile::settingsKey(QStringLiteral("default")));
        if (stored && stored->has_value()) {
            auto profile = ConnectionProfile::fromJson(QJsonDocument::fromJson((*stored)->toUtf8()).object());
            if (profile) {
                if (s.contact.isEmpty())
                    s.contact = profile->fromAddress;
                if (s.apiBaseUrl.isEmpty())
                    s.apiBaseUrl = profile->platformUrl.toString();
            }
        }
    }
    while (s.apiBaseUrl.endsWith(QLatin1Char('/')))
        s.apiBaseUrl.chop(1);
    return s;
}

Result<void> CampaignNotices::saveSettings(const NoticeSettings &s)
{
    auto checkUrl = [](const QString &text, const QString &what) -> Result<void> {
        if (text.isEmpty())
            return {};
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return Error{
                tr("%1 must be an http(s) URL, not '%2'; the notice settings were left as they were").arg(what, text)};
        return {};
    };
    if (!s.contact.isEmpty() && !s.contact.contains(QLatin1Char('@')))
        return Error{tr("the contact must be an e-mail address, not '%1'; the notice settings were left as they were")
                         .arg(s.contact)};
    if (auto r = checkUrl(s.apiBaseUrl, tr("the API base URL")); !r)
        return r;
    if (auto r = checkUrl(s.dashboardUrl, tr("the dashboard URL")); !r)
        return r;
    Transaction tx(m_store.database());
    if (!tx.status())
        return tx.status();
    const QList<QPair<QString, QString>> values = {{NoticeSettings::contactKey(), s.contact},
                                                   {NoticeSettings::apiBaseUrlKey(), s.apiBaseUrl},
                                                   {NoticeSettings::dashboardUrlKey(), s.dashboardUrl}};
    for (const auto &[key, value] : values) {
        if (value.isEmpty())
            continue;
        if (auto r = m_store.setSetting(key, value.trimmed(), QStringLiteral("notices.settings_updated"),
                                        QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
            !r)
            return r;
    }
    return tx.commit();
}

Result<CampaignNotices::Summary> CampaignNotices::draftDue()
{
    Summary summary;
    auto settings = this->settings();
    if (!settings)
        return settings.error();
    auto runs = m_store.runs();
    if (!runs)
        return runs.error();
    for (const RotationRunRecord &run : *runs) {
        if (run.kind != kCampaign)
            continue;
        if (!isOpenCampaignState(run.state) && !isRevokedState(run.state))
            continue;
        NoticeFilter filter;
        filter.runId = run.id;
        auto existing = m_notices.notices(filter);
        if (!existing)
            return existing.error();
        if (auto r = draftFor(run, *existing, *settings, summary); !r)
            return r.error();
    }
    return summary;
}

Result<void> CampaignNotices::draftFor(const RotationRunRecord &run, const QList<NoticeRecord> &existingIn,
                                       const NoticeSettings &settings, Summary &summary)
{
    QList<NoticeRecord> existing = existingIn;
    const QDateTime now = m_clock.now();
    const QDateTime deadline = fromIso(run.data.value(QStringLiteral("deadline_at")));
    const bool migrated = isMigrated(run);
    const bool revoked = isRevokedState(run.state);
    const bool emergency = run.data.value(QStringLiteral("emergency")).toBool();

    auto cancel = [&](NoticeRecord &n, const QString &reason) -> Result<void> {
        if (auto r = m_notices.cancel(n.id, reason); !r)
            return r;
        n.state = NoticeState::Cancelled;
        ++summary.cancelled;
        return {};
    };

    if (migrated || revoked) {
        for (NoticeRecord &n : existing) {
            if (!isUnsent(n))
                continue;
            const bool initial = n.kind == NoticeKind::Migration || n.kind == NoticeKind::Emergency;
            if (revoked && initial && !migrated)
                continue; // the consumer must still learn that their key was revoked
            const QString reason =
                migrated ? tr("the consumer already uses their new key") : tr("the consumer's old key was revoked");
            if (auto r = cancel(n, reason); !r)
                return r;
        }
        if (migrated || !revoked)
            return {};
    }

    // A notice that names a deadline which has since moved is replaced by one naming the new deadline.
    for (NoticeRecord &n : existing) {
        if (isUnsent(n) && deadline.isValid() && n.deadlineAt.isValid() && n.deadlineAt != deadline) {
            if (auto r = cancel(n, tr("the deadline moved to %1; a new notice names it").arg(humanUtc(deadline))); !r)
                return r;
        }
    }

    auto live = [&](const QString &kind, int days = -1) -> const NoticeRecord * {
        for (const NoticeRecord &n : existing) {
            if (n.kind == kind && n.state != NoticeState::Cancelled && (days < 0 || n.reminderDays == days) &&
                (kind == NoticeKind::Migration || kind == NoticeKind::Emergency || n.deadlineAt == deadline))
                return &n;
        }
        return nullptr;
    };

    const QString initialKind = emergency ? NoticeKind::Emergency : NoticeKind::Migration;
    const NoticeRecord *initial = live(initialKind);
    if (!initial) {
        if (revoked)
            return {};
        auto credential = m_store.credential(run.credentialId);
        if (!credential)
            return credential.error();
        QString pattern;
        auto consumers = m_store.consumers();
        if (!consumers)
            return consumers.error();
        for (const Consumer &c : *consumers) {
            if (credential->consumerId && c.id == *credential->consumerId)
                pattern = c.integrationPattern;
        }
        const QString tmpl = emergency ? QStringLiteral("emergency") : NoticeTemplates::migrationTemplateFor(pattern);
        auto id = draft(run, initialKind, tmpl, 0, now, settings, {});
        if (!id)
            summary.problems << id.errorMessage();
        else
            ++summary.drafted;
        return {};
    }
    if (revoked || initial->state != NoticeState::Sent)
        return {}; // reminders and extensions follow a first notice that reached the consumer

    const QString previous = run.data.value(QStringLiteral("previous_deadline_at")).toString();
    if (!previous.isEmpty() && !live(NoticeKind::Extension) && initial->deadlineAt != deadline) {
        auto id = draft(run, NoticeKind::Extension, QStringLiteral("extension"), 0, now, settings,
                        {{QStringLiteral("old_deadline_utc"), humanUtc(fromIso(QJsonValue(previous)))}});
        if (!id)
            summary.problems << id.errorMessage();
        else
            ++summary.drafted;
    }

    if (run.state == QLatin1String("escalated") || !deadline.isValid() || now >= deadline)
        return {};
    const QDateTime changedAt = fromIso(run.data.value(QStringLiteral("deadline_changed_at")));
    // The latest reminder that is due; earlier ones that were missed (the workspace was not run) are not sent late.
    QList<int> days = reminderDays();
    std::sort(days.begin(), days.end());
    for (int d : days) {
        const QDateTime at = deadline.addDays(-d);
        if (at <= run.createdAt.addSecs(86400))
            continue; // the deadline was too close for this reminder to mean anything after the first notice
        if (changedAt.isValid() && at <= changedAt)
            continue; // its time had passed when the deadline moved; the extension notice told them instead
        if (now < at.addSecs(-draftLeadSeconds()))
            continue;
        if (!live(NoticeKind::Reminder, d)) {
            auto id = draft(run, NoticeKind::Reminder, QStringLiteral("reminder"), d, std::max(at, now), settings, {});
            if (!id)
                summary.problems << id.errorMessage();
            else
                ++summary.drafted;
        }
        break;
    }
    return {};
}

Result<qint64> CampaignNotices::draft(const RotationRunRecord &run, const QString &kind, const QString &templateName,
                                      int reminderDays, const QDateTime &sendAt, const NoticeSettings &settings,
                                      const QHash<QString, QString> &extra)
{
    auto credential = m_store.credential(run.credentialId);
    if (!credential)
        return credential.error();
    auto consumers = m_store.consumers();
    if (!consumers)
        return consumers.error();
    std::optional<Consumer> consumer;
    for (const Consumer &c : *consumers) {
        if (credential->consumerId && c.id == *credential->consumerId)
            consumer = c;
    }
    auto problem = [&](const QString &message) -> Result<qint64> {
        const QString who = consumer ? consumer->name : credential->name;
        const QString text =
            tr("the %1 notice to %2 about %3 could not be drafted: %4").arg(kind, who, credential->name, message);
        (void)m_store.raiseAlert(QStringLiteral("notice_draft_failed"), QStringLiteral("warning"), credential->id,
                                 run.id, text);
        return Error{text};
    };
    if (!consumer)
        return problem(tr("the key belongs to no known consumer; sync first"));

    QString prefix;
    const QString oldKeyId = run.data.value(QStringLiteral("old_key_id")).toString();
    if (auto versions = m_store.keyVersions(credential->id)) {
        for (const KeyVersion &k : *versions) {
            if ((!oldKeyId.isEmpty() && k.providerKeyId == oldKeyId) ||
                (prefix.isEmpty() && k.state == KeyState::Current))
                prefix = k.prefix;
        }
    }
    const QDateTime deadline = fromIso(run.data.value(QStringLiteral("deadline_at")));
    QHash<QString, QString> values{
        {QStringLiteral("consumer_name"), consumer->name},
        {QStringLiteral("key_name"), credential->name},
        {QStringLiteral("key_prefix"), prefix},
        {QStringLiteral("key_fingerprint"), run.data.value(QStringLiteral("old_fingerprint")).toString()},
        {QStringLiteral("environment"), credential->environment},
        {QStringLiteral("contact"), settings.contact},
        {QStringLiteral("api_base_url"), settings.apiBaseUrl},
        {QStringLiteral("dashboard_url"), settings.dashboardUrl},
        {QStringLiteral("reason"), run.data.value(QStringLiteral("reason")).toString()},
    };
    if (!settings.apiBaseUrl.isEmpty())
        values.insert(QStringLiteral("health_url"), settings.apiBaseUrl + QStringLiteral("/v1/health"));
    if (deadline.isValid()) {
        values.insert(QStringLiteral("deadline_utc"), humanUtc(deadline));
        const double days = std::ceil(double(sendAt.secsTo(deadline)) / 86400.0);
        values.insert(QStringLiteral("days_left"), QString::number(std::max(0.0, days)));
    }
    const qint64 campaignId = qint64(run.data.value(QStringLiteral("campaign_id")).toDouble());
    if (campaignId) {
        if (auto c = m_notices.campaign(campaignId))
            values.insert(QStringLiteral("campaign_name"), c->name);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        values.insert(it.key(), it.value());
    // Only values that exist: a template asking for one that does not is an error at drafting time.
    for (auto it = values.begin(); it != values.end();) {
        if (it.value().trimmed().isEmpty())
            it = values.erase(it);
        else
            ++it;
    }

    auto tmpl = m_notices.activeTemplate(templateName);
    if (!tmpl)
        return problem(tmpl.errorMessage());
    auto filled = NoticeTemplates::fill(*tmpl, values);
    if (!filled)
        return problem(tr("template %1 v%2: %3").arg(templateName).arg(tmpl->version).arg(filled.errorMessage()));

    NoticeDraft d;
    d.campaignId = campaignId;
    d.runId = run.id;
    d.consumerId = consumer->id;
    d.credentialId = credential->id;
    d.kind = kind;
    d.urgent = run.urgent || kind == NoticeKind::Emergency;
    d.recipient = consumer->contactEmail;
    d.content = *filled;
    d.templateName = tmpl->name;
    d.templateVersion = tmpl->version;
    d.reminderDays = reminderDays;
    d.deadlineAt = deadline;
    d.sendAt = sendAt;
    d.draftedBy = run.startedBy; // four eyes: the one who started the rotation cannot approve its notices
    auto id = m_notices.createNotice(d);
    if (!id)
        return problem(id.errorMessage());
    return id;
}

Result<QList<ConsumerMigration>> CampaignNotices::migrationStatus(qint64 campaignId) const
{
    auto runs = m_store.runs();
    if (!runs)
        return runs.error();
    auto consumers = m_store.consumers();
    if (!consumers)
        return consumers.error();
    QList<ConsumerMigration> out;
    const QDateTime now = m_clock.now();
    for (const RotationRunRecord &run : *runs) {
        if (run.kind != kCampaign)
            continue;
        const qint64 cid = qint64(run.data.value(QStringLiteral("campaign_id")).toDouble());
        if (campaignId && cid != campaignId)
            continue;
        ConsumerMigration m;
        m.campaignId = cid;
        m.runId = run.id;
        m.credential = run.credentialName;
        m.consumer = run.data.value(QStringLiteral("consumer")).toString();
        m.runState = run.state;
        m.deadlineAt = fromIso(run.data.value(QStringLiteral("deadline_at")));
        for (const Consumer &c : *consumers) {
            if (c.name == m.consumer)
                m.consumerId = c.id;
        }
        NoticeFilter filter;
        filter.runId = run.id;
        auto notices = m_notices.notices(filter);
        if (!notices)
            return notices.error();
        bool notified = false;
        bool reminded = false;
        for (const NoticeRecord &n : *notices) {
            if (n.state == NoticeState::Sent) {
                ++m.noticesSent;
                if (!m.lastNoticeAt.isValid() || n.sentAt > m.lastNoticeAt)
                    m.lastNoticeAt = n.sentAt;
                if (n.kind == NoticeKind::Migration || n.kind == NoticeKind::Emergency)
                    notified = true;
                if (n.kind == NoticeKind::Reminder)
                    reminded = true;
            } else if (isUnsent(n) || n.state == NoticeState::Sending) {
                ++m.noticesWaiting;
            }
        }
        if (isRevokedState(run.state) || run.state == QLatin1String("old_key_revoked"))
            m.state = QStringLiteral("revoked");
        else if (isMigrated(run))
            m.state = QStringLiteral("migrated");
        else if (run.state == QLatin1String("escalated") || (m.deadlineAt.isValid() && now >= m.deadlineAt))
            m.state = QStringLiteral("unmigrated");
        else if (run.data.contains(QStringLiteral("previous_deadline_at")))
            m.state = QStringLiteral("extended");
        else if (reminded)
            m.state = QStringLiteral("reminded");
        else if (notified)
            m.state = QStringLiteral("notified");
        else
            m.state = QStringLiteral("to_notify");
        out << m;
    }
    return out;
}

} // namespace keyturn
