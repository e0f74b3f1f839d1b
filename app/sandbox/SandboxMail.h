#pragma once

#include "SandboxHttp.h"
#include "core/domain/Clock.h"

#include <QHash>
#include <QRandomGenerator>

class QHttpServerRequest;

namespace keyturn {

struct SandboxMailMessage
{
    QString id;
    QString from;
    QStringList to;
    QString subject;
    QString textBody;
    QString htmlBody;
    QString messageId;
    QDateTime receivedAt;

    QJsonObject toJson() const;
};

/// The HTTP mail API (POST /v1/send) with an outbox to inspect (GET /v1/outbox). A message_id already in the
/// outbox is answered with the existing id and not stored again, so a resend after a crash is harmless.
class SandboxMail
{
public:
    SandboxMail(const Clock &clock, quint32 seed);

    SandboxReply send(const QHttpServerRequest &request);
    SandboxReply outbox() const;

    const QList<SandboxMailMessage> &messages() const { return m_messages; }
    /// The address of "a@x" or "Name <a@x>", in lower case; empty when it is not a mail address.
    static QString addressOf(const QString &mailbox);

private:
    const Clock &m_clock;
    QRandomGenerator m_ids;
    QList<SandboxMailMessage> m_messages;
    QHash<QString, qsizetype> m_byMessageId;
};

} // namespace keyturn
