#pragma once

#include "core/Result.h"
#include "core/domain/Secret.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QObject>

namespace keyturn {

/// keyturn-sandbox: a local stand-in for the platform admin API, Vault and the mail API, on loopback.
/// It answers Vault's health endpoint and holds fresh random tokens for each service it will serve.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);

    /// Starts listening; port 0 picks a free one. Returns the port.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    QString url() const;
    /// The line printed when ready: the URL and the tokens a client needs.
    QByteArray readyLine() const;

private:
    QHttpServer m_server;
    QHostAddress m_address;
    quint16 m_port = 0;
    Secret m_adminToken;
    Secret m_vaultToken;
    Secret m_mailToken;
};

} // namespace keyturn
