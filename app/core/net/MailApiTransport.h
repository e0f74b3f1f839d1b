#pragma once

#include "HttpJob.h"
#include "MailTransport.h"

namespace keyturn {

struct MailApiConfig
{
    QUrl baseUrl; ///< POST {baseUrl}/v1/send
    Secret token; ///< Authorization: Bearer
    TlsSettings tls;
    HttpPolicy policy;
};

/// Sends notices through an HTTP mail API (`POST /v1/send` → `{"id":…}`). The stable Message-ID travels with the
/// message, so a retry after a lost answer is recognised by the service and not sent twice.
class MailApiTransport : public MailTransport
{
    Q_OBJECT
public:
    MailApiTransport(QNetworkAccessManager *nam, MailApiConfig config, QObject *parent = nullptr);

    void send(const MailMessage &message) override;
    QString name() const override { return QStringLiteral("mail-api"); }
    bool recognisesMessageId() const override { return true; }

private:
    QNetworkAccessManager *m_nam;
    MailApiConfig m_config;
};

} // namespace keyturn
