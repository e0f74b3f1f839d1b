#pragma once

#include "../Result.h"
#include "NoticeStore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace keyturn {

class Clock;
class MailTransport;
class WorkspaceStore;
struct NetError;

/// Delivers approved notices whose send time has come through the profile's mail transport (the gated send).
/// Each notice is claimed (approved → sending) by a conditional update before it is handed to the transport, so two
/// clients never send one notice; it carries a stable Message-ID; a transient failure puts it back to approved with
/// a later send time (at most kMaxAttempts attempts), a permanent one marks it failed with an alert.
/// A notice found in `sending` whose claim ran out, or whose sender on this host is gone, was interrupted: with a
/// transport that recognises a Message-ID it already accepted (the mail API) it is handed over again under the same
/// Message-ID and the transport's answer resolves it; with SMTP it is marked failed and surfaced to the operator
/// (it may have arrived), never resent on its own.
class NoticeSender : public QObject
{
    Q_OBJECT
public:
    struct Report
    {
        int sent = 0;
        int deferred = 0; ///< transient failure, retried later
        int failed = 0;
        int resolved = 0; ///< interrupted sends settled by their Message-ID
        int surfaced = 0; ///< interrupted sends handed to the operator
        QStringList messages;
    };
    static constexpr int kMaxAttempts = 5;
    static constexpr qint64 kClaimSeconds = 300;

    /// `transport` may be null (no mail transport configured): then sendDue() fails, and nothing changes.
    NoticeSender(NoticeStore &notices, WorkspaceStore &store, MailTransport *transport, const Clock &clock,
                 QString fromAddress, QObject *parent = nullptr);

    /// Resolves interrupted sends, then sends every due approved notice, one after another.
    void sendDue(std::function<void(Result<Report>)> done);
    /// When the next attempt after `attempts` failures is made.
    static qint64 backoffSeconds(int attempts);

Q_SIGNALS:
    /// A notice changed state (sent, deferred, failed).
    void noticeChanged(qint64 noticeId, const QString &state);

private:
    struct Batch;
    void next(std::shared_ptr<Batch> batch);
    void deliver(std::shared_ptr<Batch> batch, const NoticeRecord &notice, bool resolving);
    void onDelivered(std::shared_ptr<Batch> batch, const NoticeRecord &notice, bool resolving,
                     const QString &transportId);
    void onFailed(std::shared_ptr<Batch> batch, const NoticeRecord &notice, const NetError &error);
    bool isTransient(const NetError &error) const;

    NoticeStore &m_notices;
    WorkspaceStore &m_store;
    QPointer<MailTransport> m_transport;
    const Clock &m_clock;
    QString m_from;
    QString m_holder;
};

} // namespace keyturn
