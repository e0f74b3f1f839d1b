#include "MailApiTransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace keyturn {

MailApiTransport::MailApiTransport(QNetworkAccessManager *nam, MailApiConfig config, QObject *parent)
    : MailTransport(parent), m_nam(nam), m_config(std::move(config))
{}

void MailApiTransport::send(const MailMessage &message)
{
    const QString messageId = message.messageId;
    auto fail = [this, messageId](NetError error) {
        QMetaObject::invokeMethod(
            this, [this, messageId, error] { Q_EMIT failed(messageId, error); }, Qt::QueuedConnection);
    };
    if (m_config.token.isEmpty())
        return fail(NetError{NetError::Kind::Config, 0,
                             QCoreApplication::translate("keyturn::MailApiTransport",
                                                         "no mail API token: set KEYTURN_MAIL_TOKEN or store one in "
                                                         "the keychain")});
    if (message.to.isEmpty() || message.from.isEmpty())
        return fail(NetError{NetError::Kind::Config, 0,
                             QCoreApplication::translate("keyturn::MailApiTransport",
                                                         "a message needs a sender and at least one recipient")});
    HttpRequest req;
    req.method = "POST";
    req.url = apiUrl(m_config.baseUrl, QStringLiteral("/v1/send"));
    req.service = QStringLiteral("the mail API");
    req.credentialHeader = "Authorization";
    req.credential = Secret(QByteArray("Bearer ") + m_config.token.reveal());
    const QJsonObject body{
        {QStringLiteral("from"), message.from},          {QStringLiteral("to"), QJsonArray::fromStringList(message.to)},
        {QStringLiteral("subject"), message.subject},    {QStringLiteral("text_body"), message.textBody},
        {QStringLiteral("html_body"), message.htmlBody}, {QStringLiteral("message_id"), message.messageId}};
    req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Safe to retry only because the service deduplicates by message_id.
    req.idempotent = !message.messageId.isEmpty();
    HttpJob::start(
        m_nam, std::move(req), m_config.policy, m_config.tls, this, [this, messageId](NetResult<HttpResponse> r) {
            if (!r)
                return Q_EMIT failed(messageId, r.error());
            if (r->status != 200 && r->status != 201 && r->status != 202)
                return Q_EMIT failed(messageId, r->httpError());
            auto json = r->jsonObject();
            if (!json)
                return Q_EMIT failed(messageId, json.error());
            const QString id = json->value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                return Q_EMIT failed(
                    messageId, NetError{NetError::Kind::Malformed, r->status,
                                        QCoreApplication::translate("keyturn::MailApiTransport",
                                                                    "the mail API answered without a message id")});
            Q_EMIT sent(messageId, id);
        });
}

} // namespace keyturn
