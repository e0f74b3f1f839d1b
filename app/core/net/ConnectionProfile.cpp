#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::ConnectionProfile", text);
}

Result<void> checkHttpUrl(const QUrl &url, const QString &field)
{
    if (url.isEmpty())
        return {};
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error{tr("%1: '%2' is not an http:// or https:// URL").arg(field, url.toString())};
    if (!url.userInfo().isEmpty())
        return Error{tr("%1: put no user name or password in the URL; tokens come from the keychain or the "
                        "environment")
                         .arg(field)};
    if (url.scheme() == QLatin1String("http") && url.host() != QLatin1String("127.0.0.1") &&
        url.host() != QLatin1String("localhost") && url.host() != QLatin1String("::1"))
        return Error{
            tr("%1: plain http is only allowed to this machine (loopback); use https for %2").arg(field, url.host())};
    return {};
}
} // namespace

QJsonObject ConnectionProfile::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("platform_url"), platformUrl.toString()},
                       {QStringLiteral("vault_url"), vaultUrl.toString()},
                       {QStringLiteral("vault_mount"), vaultMount},
                       {QStringLiteral("vault_namespace"), vaultNamespace},
                       {QStringLiteral("mail_transport"), mailTransport},
                       {QStringLiteral("mail_api_url"), mailApiUrl.toString()},
                       {QStringLiteral("smtp_url"), smtpUrl.toString()},
                       {QStringLiteral("smtp_username"), smtpUsername},
                       {QStringLiteral("from"), fromAddress},
                       {QStringLiteral("ca_bundle"), caBundle}};
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile p;
    p.name = json.value(QStringLiteral("name")).toString(p.name);
    p.platformUrl = QUrl(json.value(QStringLiteral("platform_url")).toString());
    p.vaultUrl = QUrl(json.value(QStringLiteral("vault_url")).toString());
    p.vaultMount = json.value(QStringLiteral("vault_mount")).toString(p.vaultMount);
    p.vaultNamespace = json.value(QStringLiteral("vault_namespace")).toString();
    p.mailTransport = json.value(QStringLiteral("mail_transport")).toString();
    p.mailApiUrl = QUrl(json.value(QStringLiteral("mail_api_url")).toString());
    p.smtpUrl = QUrl(json.value(QStringLiteral("smtp_url")).toString());
    p.smtpUsername = json.value(QStringLiteral("smtp_username")).toString();
    p.fromAddress = json.value(QStringLiteral("from")).toString();
    p.caBundle = json.value(QStringLiteral("ca_bundle")).toString();
    if (auto v = p.validate(); !v)
        return v.error();
    return p;
}

Result<void> ConnectionProfile::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (!nameRe.match(name).hasMatch())
        return Error{tr("profile name '%1': use letters, digits, '.', '_' or '-'").arg(name)};
    if (auto r = checkHttpUrl(platformUrl, tr("the platform URL")); !r)
        return r;
    if (auto r = checkHttpUrl(vaultUrl, tr("the vault URL")); !r)
        return r;
    static const QRegularExpression mountRe(QStringLiteral("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$"));
    if (!mountRe.match(vaultMount).hasMatch())
        return Error{tr("the vault mount '%1' is not a mount path").arg(vaultMount)};
    if (!mailTransport.isEmpty() && mailTransport != QLatin1String("mail-api") &&
        mailTransport != QLatin1String("smtp"))
        return Error{tr("mail transport must be mail-api or smtp, not '%1'").arg(mailTransport)};
    if (mailTransport == QLatin1String("mail-api")) {
        if (mailApiUrl.isEmpty())
            return Error{tr("the mail API transport needs a URL")};
        if (auto r = checkHttpUrl(mailApiUrl, tr("the mail API URL")); !r)
            return r;
    }
    if (mailTransport == QLatin1String("smtp")) {
        if (!smtpUrl.isValid() || smtpUrl.host().isEmpty() ||
            (smtpUrl.scheme() != QLatin1String("smtp") && smtpUrl.scheme() != QLatin1String("smtps")))
            return Error{tr("the SMTP URL '%1' is not an smtp:// or smtps:// URL").arg(smtpUrl.toString())};
        if (!smtpUrl.password().isEmpty())
            return Error{tr("the SMTP URL must hold no password; it comes from KEYTURN_SMTP_PASSWORD or the keychain")};
    }
    if (!fromAddress.isEmpty()) {
        static const QRegularExpression mailRe(QStringLiteral("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+$"));
        if (!mailRe.match(fromAddress).hasMatch())
            return Error{tr("the sender '%1' is not a mail address").arg(fromAddress)};
    }
    if (!caBundle.isEmpty() && !QFileInfo(caBundle).isReadable())
        return Error{tr("the CA bundle %1 cannot be read").arg(caBundle)};
    return {};
}

} // namespace keyturn
