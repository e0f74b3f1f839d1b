#include "NoticeSender.h"

#include "../domain/Clock.h"
#include "../domain/ProcessHolder.h"
#include "../net/MailTransport.h"
#include "../net/NetError.h"
#include "../store/WorkspaceStore.h"

#include <QCoreApplication>

namespace keyturn {

struct NoticeSender::Batch
{
    QList<NoticeRecord> resolve; ///< interrupted sends to settle first
    QList<NoticeRecord> due;
    Report report;
    std::function<void(Result<Report>)> done;
    QMetaObject::Connection sentConnection;
    QMetaObject::Connection failedConnection;
};

NoticeSender::NoticeSender(NoticeStore &notices, WorkspaceStore &store, MailTransport *transport, const Clock &clock,
                           QString fromAddress, QObject *parent)
    : QObject(parent), m_notices(notices), m_store(store), m_transport(transport), m_clock(clock),
      m_from(std::move(fromAddress)), m_holder(newHolderName())
{}

qint64 NoticeSender::backoffSeconds(int attempts)
{
    static const qint64 steps[] = {60, 300, 1800, 7200};
    return steps[std::clamp(attempts - 1, 0, 3)];
}

bool NoticeSender::isTransient(const NetError &error) const
{
    // SMTP reply codes travel in httpStatus: 4xx are temporary ("try again later"), every 5xx is permanent (even
    // 500/502/503/504, which in HTTP would be worth retrying).
    if (m_transport && m_transport->name() == QLatin1String("smtp") && error.kind == NetError::Kind::Http)
        return error.httpStatus >= 400 && error.httpStatus < 500;
    return error.isTransient();
}

void NoticeSender::sendDue(std::function<void(Result<Report>)> done)
{
    if (!m_transport)
        return done(Error{tr("no mail transport is configured in the connection profile; no notice was sent")});
    if (m_from.trimmed().isEmpty())
        return done(Error{tr("the connection profile has no sender address (--from); no notice was sent")});
    auto batch = std::make_shared<Batch>();
    batch->done = std::move(done);
    const QDateTime now = m_clock.now();
    auto stuck = m_notices.stuckSending(now);
    if (!stuck)
        return batch->done(stuck.error());
    batch->resolve = *stuck;
    // A claim whose holder on this host has died is interrupted too, even before it runs out.
    NoticeFilter sending;
    sending.states = {NoticeState::Sending};
    auto all = m_notices.notices(sending);
    if (!all)
        return batch->done(all.error());
    for (const NoticeRecord &n : *all) {
        const bool listed = std::any_of(batch->resolve.begin(), batch->resolve.end(),
                                        [&n](const NoticeRecord &s) { return s.id == n.id; });
        if (!listed && holderIsGone(n.leaseHolder))
            batch->resolve << n;
    }
    auto due = m_notices.dueForSending(now);
    if (!due)
        return batch->done(due.error());
    batch->due = *due;
    next(batch);
}

void NoticeSender::next(std::shared_ptr<Batch> batch)
{
    if (!batch->resolve.isEmpty()) {
        const NoticeRecord n = batch->resolve.takeFirst();
        auto taken = m_notices.takeOverClaim(n.id, n.leaseHolder, m_holder, kClaimSeconds);
        if (!taken) {
            batch->report.messages << taken.errorMessage();
            return next(batch);
        }
        if (!*taken)
            return next(batch); // another client took it over first
        if (m_transport->recognisesMessageId())
            return deliver(batch, n, true);
        const QString why = tr("delivery of notice %1 to %2 was interrupted (the sending client stopped); it may have "
                               "reached the recipient. Look for Message-ID %3 there, then run 'keyturnctl notices "
                               "confirm %1 --note …' if it arrived or 'keyturnctl notices retry %1' if it did not")
                                .arg(n.id)
                                .arg(n.recipient, n.messageId);
        if (auto r = m_notices.markAttemptFailed(n.id, m_holder, why, std::nullopt); !r) {
            batch->report.messages << r.errorMessage();
            return next(batch);
        }
        (void)m_store.raiseAlert(QStringLiteral("notice_delivery_unknown"), QStringLiteral("warning"), n.credentialId,
                                 n.runId, why);
        ++batch->report.surfaced;
        batch->report.messages << why;
        Q_EMIT noticeChanged(n.id, NoticeState::Failed);
        return next(batch);
    }
    if (!batch->due.isEmpty()) {
        NoticeRecord n = batch->due.takeFirst();
        const QString messageId = n.messageId.isEmpty() ? MailMessage::messageIdForNotice(n.id, m_from) : n.messageId;
        auto claimed = m_notices.claim(n.id, m_holder, kClaimSeconds, messageId);
        if (!claimed) {
            batch->report.messages << claimed.errorMessage();
            return next(batch);
        }
        if (!*claimed)
            return next(batch); // sent or changed by someone else meanwhile
        n.messageId = messageId;
        return deliver(batch, n, false);
    }
    auto done = std::move(batch->done);
    done(batch->report);
}

void NoticeSender::deliver(std::shared_ptr<Batch> batch, const NoticeRecord &n, bool resolving)
{
    auto rendered = NoticeTemplates::render(n.bodyMarkdown);
    if (!rendered) {
        if (auto r = m_notices.markAttemptFailed(n.id, m_holder, rendered.errorMessage(), std::nullopt); !r)
            batch->report.messages << r.errorMessage();
        ++batch->report.failed;
        return next(batch);
    }
    MailMessage message;
    message.from = m_from;
    message.to = {n.recipient};
    message.subject = n.subject;
    message.textBody = rendered->text;
    message.htmlBody = rendered->html;
    message.messageId = n.messageId;
    const QString id = n.messageId;
    batch->sentConnection =
        connect(m_transport, &MailTransport::sent, this,
                [this, batch, n, resolving, id](const QString &messageId, const QString &transportId) {
                    if (messageId != id)
                        return;
                    disconnect(batch->sentConnection);
                    disconnect(batch->failedConnection);
                    onDelivered(batch, n, resolving, transportId);
                });
    batch->failedConnection = connect(m_transport, &MailTransport::failed, this,
                                      [this, batch, n, id](const QString &messageId, const NetError &error) {
                                          if (messageId != id)
                                              return;
                                          disconnect(batch->sentConnection);
                                          disconnect(batch->failedConnection);
                                          onFailed(batch, n, error);
                                      });
    m_transport->send(message);
}

void NoticeSender::onDelivered(std::shared_ptr<Batch> batch, const NoticeRecord &n, bool resolving,
                               const QString &transportId)
{
    // Crash-safety tests stop here: the transport has the message, the workspace still says `sending`.
    testCrashPoint(QStringLiteral("after:notice_delivered"));
    const QString how = resolving ? tr("an interrupted send, settled by Message-ID %1: the mail API answered %2")
                                        .arg(n.messageId, transportId)
                                  : QString();
    if (auto r = m_notices.markSent(n.id, m_holder, transportId, how); !r) {
        batch->report.messages << r.errorMessage();
    } else {
        ++(resolving ? batch->report.resolved : batch->report.sent);
        Q_EMIT noticeChanged(n.id, NoticeState::Sent);
    }
    next(batch);
}

void NoticeSender::onFailed(std::shared_ptr<Batch> batch, const NoticeRecord &n, const NetError &error)
{
    const int attempts = n.attempts + 1;
    const QString text = error.toString();
    if (isTransient(error) && attempts < kMaxAttempts) {
        const QDateTime retryAt = m_clock.now().addSecs(backoffSeconds(attempts));
        if (auto r = m_notices.markAttemptFailed(n.id, m_holder, text, retryAt); !r)
            batch->report.messages << r.errorMessage();
        ++batch->report.deferred;
        batch->report.messages << tr("notice %1: %2; it will be tried again at %3")
                                      .arg(n.id)
                                      .arg(text, retryAt.toUTC().toString(Qt::ISODate));
        Q_EMIT noticeChanged(n.id, NoticeState::Approved);
        return next(batch);
    }
    const QString why = isTransient(error) ? tr("%1 (gave up after %2 attempts)").arg(text).arg(attempts) : text;
    if (auto r = m_notices.markAttemptFailed(n.id, m_holder, why, std::nullopt); !r)
        batch->report.messages << r.errorMessage();
    (void)m_store.raiseAlert(QStringLiteral("notice_failed"), QStringLiteral("warning"), n.credentialId, n.runId,
                             tr("notice %1 to %2 could not be delivered: %3").arg(n.id).arg(n.recipient, why));
    ++batch->report.failed;
    batch->report.messages << tr("notice %1 to %2 failed: %3").arg(n.id).arg(n.recipient, why);
    Q_EMIT noticeChanged(n.id, NoticeState::Failed);
    next(batch);
}

} // namespace keyturn
