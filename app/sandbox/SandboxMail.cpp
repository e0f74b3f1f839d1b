#include "SandboxMail.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QRegularExpression>

namespace keyturn {

QString SandboxMail::addressOf(const QString &mailbox)
{
    QString address = mailbox.trimmed();
    const qsizetype open = address.lastIndexOf(QLatin1Char('<'));
    if (open >= 0 && address.endsWith(QLatin1Char('>')))
        address = address.mid(open + 1, address.size() - open - 2).trimmed();
    static const QRegularExpression plain(QStringLiteral(R"(^[^\s<>@,;"]+@[^\s<>@,;"]+$)"));
    return plain.match(address).hasMatch() ? address.toLower() : QString();
}

QJsonObject SandboxMailMessage::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("from"), from},
        {QStringLiteral("to"), QJsonArray::fromStringList(to)},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("text_body"), textBody},
        {QStringLiteral("html_body"), htmlBody},
        {QStringLiteral("message_id"), messageId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(messageId)},
        {QStringLiteral("received_at"), isoTime(receivedAt)},
    };
}

SandboxMail::SandboxMail(const Clock &clock, quint32 seed) : m_clock(clock), m_ids(seed ^ 0x3a11b0c5u) {}

SandboxReply SandboxMail::send(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    if (!body)
        return SandboxReply::error(400, QStringLiteral("the body is not a JSON object"));

    SandboxMailMessage m;
    const QJsonValue from = body->value(QStringLiteral("from"));
    if (from.isUndefined() || from.isNull() || from.toString().trimmed().isEmpty())
        return SandboxReply::error(400, QStringLiteral("missing field: from"));
    if (!from.isString() || addressOf(from.toString()).isEmpty())
        return SandboxReply::error(400, QStringLiteral("invalid field: from (not a mail address)"));
    m.from = from.toString().trimmed();

    const QJsonValue to = body->value(QStringLiteral("to"));
    if (to.isString()) {
        m.to << to.toString().trimmed();
    } else if (to.isArray()) {
        for (const QJsonValue &r : to.toArray()) {
            if (!r.isString())
                return SandboxReply::error(400, QStringLiteral("invalid field: to (every recipient is a string)"));
            m.to << r.toString().trimmed();
        }
    } else if (!to.isUndefined() && !to.isNull()) {
        return SandboxReply::error(400, QStringLiteral("invalid field: to (a mail address or a list of them)"));
    }
    m.to.removeAll(QString());
    if (m.to.isEmpty())
        return SandboxReply::error(400, QStringLiteral("missing field: to"));
    for (const QString &r : std::as_const(m.to)) {
        if (addressOf(r).isEmpty())
            return SandboxReply::error(400, QStringLiteral("invalid field: to (not a mail address: %1)").arg(r));
    }

    const QJsonValue subject = body->value(QStringLiteral("subject"));
    if (!subject.isString() || subject.toString().trimmed().isEmpty())
        return SandboxReply::error(400, QStringLiteral("missing field: subject"));
    m.subject = subject.toString();

    for (const auto &[field, target] :
         {std::pair{QStringLiteral("text_body"), &m.textBody}, std::pair{QStringLiteral("html_body"), &m.htmlBody}}) {
        const QJsonValue v = body->value(field);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return SandboxReply::error(400, QStringLiteral("invalid field: %1 (a string)").arg(field));
        *target = v.toString();
    }
    if (m.textBody.isEmpty() && m.htmlBody.isEmpty())
        return SandboxReply::error(400, QStringLiteral("missing field: text_body (or html_body)"));

    const QJsonValue messageId = body->value(QStringLiteral("message_id"));
    if (!messageId.isUndefined() && !messageId.isNull() && !messageId.isString())
        return SandboxReply::error(400, QStringLiteral("invalid field: message_id (a string)"));
    m.messageId = messageId.toString().trimmed();
    if (!m.messageId.isEmpty()) {
        const auto known = m_byMessageId.constFind(m.messageId);
        if (known != m_byMessageId.constEnd())
            return SandboxReply::json(QJsonObject{{QStringLiteral("id"), m_messages.at(*known).id}});
    }

    m.id = QStringLiteral("msg_%1%2")
               .arg(m_ids.generate(), 8, 16, QLatin1Char('0'))
               .arg(m_ids.generate() & 0xffffu, 4, 16, QLatin1Char('0'));
    m.receivedAt = m_clock.now().toUTC();
    if (!m.messageId.isEmpty())
        m_byMessageId.insert(m.messageId, m_messages.size());
    m_messages.append(m);
    return SandboxReply::json(QJsonObject{{QStringLiteral("id"), m.id}});
}

SandboxReply SandboxMail::outbox() const
{
    QJsonArray messages;
    for (const SandboxMailMessage &m : m_messages)
        messages.append(m.toJson());
    return SandboxReply::json(QJsonObject{{QStringLiteral("messages"), messages}});
}

} // namespace keyturn
