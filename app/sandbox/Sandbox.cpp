#include "Sandbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace keyturn {

namespace {
Secret randomToken(const char *prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return Secret(QByteArray(prefix) + bytes.toHex());
}
} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent), m_adminToken(randomToken("kt_admin_")), m_vaultToken(randomToken("hvs.")),
      m_mailToken(randomToken("kt_mail_"))
{
    // Vault's health endpoint is unauthenticated, as in Vault.
    m_server.route(QStringLiteral("/v1/sys/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("initialized"), true},
            {QStringLiteral("sealed"), false},
            {QStringLiteral("standby"), false},
            {QStringLiteral("version"), QStringLiteral("keyturn-sandbox " KEYTURN_VERSION)},
            {QStringLiteral("server_time_utc"), double(QDateTime::currentSecsSinceEpoch())},
        });
    });
}

Result<quint16> Sandbox::listen(const QHostAddress &address, quint16 port)
{
    const quint16 bound = m_server.listen(address, port);
    if (bound == 0)
        return Error{QCoreApplication::translate("keyturn::Sandbox", "cannot listen on %1:%2 (in use or not allowed)")
                         .arg(address.toString())
                         .arg(port)};
    m_address = address;
    m_port = bound;
    return bound;
}

QString Sandbox::url() const
{
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(m_address.toString())
                             : m_address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

QByteArray Sandbox::readyLine() const
{
    // The sandbox's own throwaway tokens: printing them is how a local client learns them.
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("url"), url()},
                             {QStringLiteral("admin_token"), QString::fromLatin1(m_adminToken.reveal())},
                             {QStringLiteral("vault_token"), QString::fromLatin1(m_vaultToken.reveal())},
                             {QStringLiteral("mail_token"), QString::fromLatin1(m_mailToken.reveal())},
                         })
        .toJson(QJsonDocument::Compact);
}

} // namespace keyturn
