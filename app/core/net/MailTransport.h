#pragma once

#include "NetError.h"

#include <QObject>
#include <QStringList>

namespace keyturn {

/// One notice as mail: a plain-text and an HTML body, with a stable Message-ID so a resend after a crash is
/// recognisable.
struct MailMessage
{
    QString from;
    QStringList to;
    QString subject;
    QString textBody;
    QString htmlBody;
    QString messageId; ///< with angle brackets, e.g. <keyturn-notice-42@example.org>

    /// The stable Message-ID of a notice: the same notice id and domain always give the same id.
    static QString messageIdForNotice(qint64 noticeId, const QString &domain);
};

/// Sends mail. send() returns at once; exactly one of sent() or failed() follows, on the caller's thread.
/// Implementations never block the GUI thread and never log a password or token.
class MailTransport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MailTransport() override = default;

    virtual void send(const MailMessage &message) = 0;
    /// "smtp" or "mail-api".
    virtual QString name() const = 0;
    /// Whether handing the transport a Message-ID it already accepted answers with the earlier message instead of
    /// delivering it twice. True for the mail API (its contract: a known message_id is not stored twice); SMTP relays
    /// make no such promise.
    virtual bool recognisesMessageId() const { return false; }

Q_SIGNALS:
    /// `transportId` is what the transport calls the message (the mail API's id, or the SMTP server's reply).
    void sent(const QString &messageId, const QString &transportId);
    void failed(const QString &messageId, const keyturn::NetError &error);
};

} // namespace keyturn
