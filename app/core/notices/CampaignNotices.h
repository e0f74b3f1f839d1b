#pragma once

#include "../Result.h"
#include "NoticeStore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace keyturn {

class Clock;
class WorkspaceStore;
struct RotationRunRecord;

/// What consumers are told besides the key's own facts: who to contact and where the platform is. Stored as
/// workspace settings (notices/contact, notices/api_base_url, notices/dashboard_url); contact and API URL fall back to
/// the connection profile's sender address and platform URL.
struct NoticeSettings
{
    QString contact;
    QString apiBaseUrl;
    QString dashboardUrl;

    static QString contactKey() { return QStringLiteral("notices/contact"); }
    static QString apiBaseUrlKey() { return QStringLiteral("notices/api_base_url"); }
    static QString dashboardUrlKey() { return QStringLiteral("notices/dashboard_url"); }
};

/// Where one consumer of a campaign stands (DESIGN.md "Rotation engine", issued keys).
struct ConsumerMigration
{
    qint64 campaignId = 0;
    qint64 runId = 0;
    qint64 consumerId = 0;
    QString consumer;
    QString credential;
    /// to_notify (no notice sent yet), notified, reminded, extended, migrated, unmigrated (deadline passed),
    /// revoked.
    QString state;
    QString runState;
    QDateTime deadlineAt;
    QDateTime lastNoticeAt; ///< the last notice sent to them
    int noticesSent = 0;
    int noticesWaiting = 0; ///< drafted but not yet sent (waiting for approval or for their send time)
};

/// Drafts the notices of open campaigns (DESIGN.md "notices/"): the first notice when a consumer's run is opened,
/// reminders 14, 7 and 1 days before the deadline to consumers whose new key is not used yet, an extension notice
/// when their deadline moves, and it cancels what no longer applies (a consumer who migrated gets no reminder; a
/// notice naming a deadline that moved is replaced). Every notice enters the approval queue as pending, drafted by
/// whoever started the rotation. Idempotent: running it twice drafts nothing twice.
class CampaignNotices
{
public:
    struct Summary
    {
        int drafted = 0;
        int cancelled = 0;
        QStringList problems; ///< a notice that could not be drafted and why (also raised as an alert)
    };

    CampaignNotices(WorkspaceStore &store, NoticeStore &notices, const Clock &clock);

    /// Days before the deadline at which unmigrated consumers are reminded.
    static QList<int> reminderDays() { return {14, 7, 1}; }
    /// How long before its send time a reminder is drafted, so engineers can approve it in time.
    static qint64 draftLeadSeconds() { return 86400; }

    /// Drafts and cancels whatever is due at the clock's now for every open campaign run.
    Result<Summary> draftDue();
    /// Per consumer of one campaign (0: of every campaign), where they stand.
    Result<QList<ConsumerMigration>> migrationStatus(qint64 campaignId = 0) const;

    Result<NoticeSettings> settings() const;
    Result<void> saveSettings(const NoticeSettings &settings);

    /// Whether a campaign run's consumer counts as migrated (their new key is used).
    static bool isMigrated(const RotationRunRecord &run);

private:
    Result<void> draftFor(const RotationRunRecord &run, const QList<NoticeRecord> &existing,
                          const NoticeSettings &settings, Summary &summary);
    Result<qint64> draft(const RotationRunRecord &run, const QString &kind, const QString &templateName,
                         int reminderDays, const QDateTime &sendAt, const NoticeSettings &settings,
                         const QHash<QString, QString> &extra);

    WorkspaceStore &m_store;
    NoticeStore &m_notices;
    const Clock &m_clock;
};

} // namespace keyturn
