#pragma once

#include "../Result.h"

#include <QJsonObject>
#include <QUrl>

namespace keyturn {

/// Where a workspace's services are: the key provider's admin API, the vault, and the mail transport. It holds no
/// token: tokens come from the OS keychain or the environment (TokenStore).
struct ConnectionProfile
{
    QString name = QStringLiteral("default");
    QUrl platformUrl;
    QUrl vaultUrl;
    QString vaultMount = QStringLiteral("secret");
    QString vaultNamespace;
    QString mailTransport; ///< "mail-api", "smtp", or empty when notices are not sent from here
    QUrl mailApiUrl;
    QUrl smtpUrl; ///< smtp://host:587 (STARTTLS) or smtps://host:465 (implicit TLS)
    QString smtpUsername;
    QString fromAddress;
    QString caBundle; ///< PEM file of extra trusted roots for every service of this profile

    QJsonObject toJson() const;
    /// Reads a stored profile; says which field is wrong.
    static Result<ConnectionProfile> fromJson(const QJsonObject &json);
    /// Checks the URLs and choices; the message names the field and what is expected. Empty services are allowed.
    Result<void> validate() const;
    bool isEmpty() const { return platformUrl.isEmpty() && vaultUrl.isEmpty() && mailTransport.isEmpty(); }

    /// The settings key a profile is stored under.
    static QString settingsKey(const QString &name) { return QStringLiteral("profile/") + name; }
};

} // namespace keyturn
