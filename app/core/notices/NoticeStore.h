#pragma once

#include "../Result.h"
#include "NoticeTemplate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace keyturn {

class AuditLog;
class Clock;
class Database;

/// The states of a notice (DESIGN.md "Approval queue"). Nothing leaves before `approved`.
///   pending → approved → sending → sent            (the gated send)
///   pending → draft (rejected, with the reason) → pending (edited and resubmitted)
///   approved → pending (edited: the approval no longer holds)
///   sending → approved (transient failure, retried later) | failed (permanent, or interrupted: the operator decides)
///   any unsent → cancelled (the consumer migrated, the deadline moved, the run ended)
namespace NoticeState {
inline const QString Draft = QStringLiteral("draft");
inline const QString Pending = QStringLiteral("pending");
inline const QString Approved = QStringLiteral("approved");
inline const QString Sending = QStringLiteral("sending");
inline const QString Sent = QStringLiteral("sent");
inline const QString Failed = QStringLiteral("failed");
inline const QString Rejected = QStringLiteral("rejected");
inline const QString Cancelled = QStringLiteral("cancelled");
/// Every state, in lifecycle order.
QStringList all();
bool isValid(const QString &state);
} // namespace NoticeState

/// The kinds of notice a campaign sends.
namespace NoticeKind {
inline const QString Migration = QStringLiteral("migration");
inline const QString Reminder = QStringLiteral("reminder");
inline const QString Emergency = QStringLiteral("emergency");
inline const QString Extension = QStringLiteral("extension");
} // namespace NoticeKind

/// A notice as stored, with the names the queue shows.
struct NoticeRecord
{
    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 runId = 0;
    qint64 consumerId = 0;
    qint64 credentialId = 0;
    QString kind;  ///< NoticeKind
    QString state; ///< NoticeState
    bool urgent = false;
    QString recipient; ///< the consumer's contact address
    QString subject;
    QString bodyMarkdown;
    QString templateName;
    int templateVersion = 0;
    int reminderDays = 0; ///< 14, 7 or 1 for a reminder
    QDateTime deadlineAt; ///< the deadline the notice names
    QDateTime sendAt;     ///< not before
    QDateTime sentAt;
    QString draftedBy;    ///< for a notice a rotation drafted: who started that rotation
    QString lastEditedBy; ///< empty until someone edits it
    QString approvedBy;
    QString rejectionReason; ///< the last rejection's reason
    QString messageId;       ///< the stable Message-ID header, <keyturn-notice-ID@domain>
    QString transportId;     ///< what the mail transport called the message
    QString lastError;
    int attempts = 0;
    QString leaseHolder; ///< the client sending it, while `sending`
    QDateTime leaseUntil;
    qint64 rowVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // joined for display
    QString consumerName;
    QString credentialName;
    QString campaignName;
};

/// What a draft is made from.
struct NoticeDraft
{
    qint64 campaignId = 0;
    qint64 runId = 0;
    qint64 consumerId = 0;
    qint64 credentialId = 0;
    QString kind;
    bool urgent = false;
    QString recipient;
    FilledNotice content;
    QString templateName;
    int templateVersion = 0;
    int reminderDays = 0;
    QDateTime deadlineAt;
    QDateTime sendAt;
    QString draftedBy; ///< empty: the store's actor
};

/// One entry of a notice's own history (besides the audit log): transitions, reasons, and edits as diffs.
struct NoticeEvent
{
    qint64 id = 0;
    qint64 noticeId = 0;
    QDateTime at;
    QString actor;
    QString action; ///< drafted, approved, rejected, edited, sending, sent, retry, failed, cancelled, rescheduled
    QString fromState;
    QString toState;
    QString detail; ///< a reason, an error, or for an edit a unified diff of subject and body
};

/// Which notices to list.
struct NoticeFilter
{
    QStringList states; ///< empty: all
    qint64 campaignId = 0;
    qint64 runId = 0;
    qint64 consumerId = 0;
};

/// A campaign: one rotation of issued keys with its deadline and consumers.
struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    QDateTime deadlineAt;
    QString state; ///< open, closed
    QString policy;
    bool emergency = false;
    QString reason;
    int noticeLeadDays = 30;
    QString createdBy;
    QDateTime createdAt;
};

/// Notices, their templates and campaigns in the workspace database. Every change is audited in the same
/// transaction; every state change is a conditional update (the row must still be in the state it was read in), so
/// two clients cannot both approve, send or edit one notice.
class NoticeStore
{
public:
    NoticeStore(Database &db, AuditLog &audit, const Clock &clock, QString actor);

    QString actor() const { return m_actor; }
    Database &database() const { return m_db; }

    // Templates
    /// The newest stored version of a template, else its built-in default (version 0).
    Result<NoticeTemplate> activeTemplate(const QString &name) const;
    /// The active version of every template (built-in defaults included).
    Result<QList<NoticeTemplate>> templates() const;
    /// Every stored version of one template, newest first.
    Result<QList<NoticeTemplate>> templateHistory(const QString &name) const;
    /// Validates and stores a new version (audited). Returns the version number.
    Result<int> saveTemplate(const QString &name, const QString &subject, const QString &bodyMarkdown);

    // Campaigns
    Result<qint64> createCampaign(const CampaignRecord &campaign);
    Result<CampaignRecord> campaign(qint64 id) const;
    Result<QList<CampaignRecord>> campaigns() const;
    Result<void> closeCampaign(qint64 id);

    // Notices
    /// Stores a drafted notice as pending (audited as notice.drafted). Refuses content that does not render.
    Result<qint64> createNotice(const NoticeDraft &draft);
    Result<NoticeRecord> notice(qint64 id) const;
    Result<QList<NoticeRecord>> notices(const NoticeFilter &filter = {}) const;
    Result<QList<NoticeEvent>> events(qint64 noticeId) const;
    /// Why the actor may not approve this notice (four eyes, or its state); empty when they may.
    QString approvalBlocker(const NoticeRecord &notice) const;
    /// Approves pending notices. All or nothing: if one cannot be approved by this actor, none is, and the message
    /// names each refused notice and why.
    Result<void> approve(const QList<qint64> &ids);
    /// Back to draft with the reason (required).
    Result<void> reject(qint64 id, const QString &reason);
    /// Replaces subject and body (kept as a diff in the notice's history) and (re)submits it as pending. Refused if
    /// someone changed the notice since `expectedRowVersion`, if it was sent or is being sent, or if it does not
    /// render (a leftover placeholder).
    Result<void> edit(qint64 id, qint64 expectedRowVersion, const QString &subject, const QString &bodyMarkdown);
    /// Cancels an unsent notice (audited with the reason).
    Result<void> cancel(qint64 id, const QString &reason);
    /// Moves an unsent notice's send time (and its deadline) after an extension.
    Result<void> reschedule(qint64 id, const QDateTime &sendAt, const QString &reason);
    /// A failed notice is approved again for delivery (the operator checked it was not delivered).
    Result<void> retry(qint64 id, const QString &note);
    /// A failed or stuck notice is recorded as sent (the operator confirmed it arrived). Not resent.
    Result<void> confirmDelivered(qint64 id, const QString &note);

    // Delivery (NoticeSender)
    /// Approved notices whose send time has come, urgent first, then by send time.
    Result<QList<NoticeRecord>> dueForSending(const QDateTime &now) const;
    /// Notices in `sending` whose claim ran out by `now`: a send that was interrupted (or is very slow).
    Result<QList<NoticeRecord>> stuckSending(const QDateTime &now) const;
    /// Claims an approved, due notice for sending: approved → sending, with `holder` until now + leaseSeconds, and
    /// its Message-ID fixed. False when another client claimed it first (nothing changed).
    Result<bool> claim(qint64 id, const QString &holder, qint64 leaseSeconds, const QString &messageId);
    /// Takes over a stuck sending claim from `previousHolder`; false if it changed hands.
    Result<bool> takeOverClaim(qint64 id, const QString &previousHolder, const QString &holder, qint64 leaseSeconds);
    /// sending → sent, with the transport's id.
    Result<void> markSent(qint64 id, const QString &holder, const QString &transportId, const QString &how = {});
    /// sending → approved with a later send time (transient failure), or → failed (permanent or out of attempts).
    Result<void> markAttemptFailed(qint64 id, const QString &holder, const QString &error,
                                   const std::optional<QDateTime> &retryAt);

    /// Whether a run's consumer was told: a sent migration or emergency notice exists for the run.
    Result<bool> runWasNotified(qint64 runId) const;

private:
    Result<void> audit(const QString &action, qint64 noticeId, const QJsonObject &details);
    Result<void> addEvent(qint64 noticeId, const QString &action, const QString &from, const QString &to,
                          const QString &detail);
    /// Moves a notice from one of `from` to `to` with extra column updates; fails when it is no longer in `from`.
    Result<void> transition(const NoticeRecord &notice, const QStringList &from, const QString &to,
                            const QString &action, const QString &detail, const QString &extraSet = {},
                            const QVariantList &extraValues = {});

    Database &m_db;
    AuditLog &m_audit;
    const Clock &m_clock;
    QString m_actor;
};

} // namespace keyturn
