#include "TokenStore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::TokenStore", text);
}

NetError keychainError(const QKeychain::Job *job, const QString &what, TokenKind kind)
{
    return NetError{NetError::Kind::Config, 0,
                    tr("the OS keychain could not %1 (%2); set %3 instead, or unlock a Secret Service keychain")
                        .arg(what, job->errorString(), QLatin1String(TokenStore::environmentVariable(kind)))};
}
} // namespace

TokenStore::TokenStore(QString scope, QObject *parent) : QObject(parent), m_scope(std::move(scope)) {}

const char *TokenStore::environmentVariable(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Platform: return "KEYTURN_PLATFORM_TOKEN";
    case TokenKind::Vault: return "KEYTURN_VAULT_TOKEN";
    case TokenKind::Mail: return "KEYTURN_MAIL_TOKEN";
    case TokenKind::SmtpPassword: return "KEYTURN_SMTP_PASSWORD";
    }
    return "";
}

QString TokenStore::displayName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Platform: return tr("platform token");
    case TokenKind::Vault: return tr("vault token");
    case TokenKind::Mail: return tr("mail API token");
    case TokenKind::SmtpPassword: return tr("SMTP password");
    }
    return {};
}

Secret TokenStore::fromEnvironment(TokenKind kind)
{
    return Secret(qgetenv(environmentVariable(kind)).trimmed());
}

QString TokenStore::keychainKey(TokenKind kind) const
{
    return m_scope + QLatin1Char('/') + QString::fromLatin1(environmentVariable(kind)).toLower();
}

void TokenStore::read(TokenKind kind, NetCallback<Secret> done)
{
    Secret env = fromEnvironment(kind);
    if (!env.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [done, env] { done(env); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey(kind));
    connect(job, &QKeychain::Job::finished, this, [done, kind](QKeychain::Job *j) {
        if (j->error() == QKeychain::EntryNotFound)
            return done(Secret());
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j, tr("read the %1").arg(displayName(kind)), kind));
        done(Secret(static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData()));
    });
    job->start();
}

void TokenStore::write(TokenKind kind, const Secret &token, NetCallback<Done> done)
{
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey(kind));
    job->setBinaryData(token.reveal());
    connect(job, &QKeychain::Job::finished, this, [done, kind](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j, tr("store the %1").arg(displayName(kind)), kind));
        done(Done{});
    });
    job->start();
}

void TokenStore::remove(TokenKind kind, NetCallback<Done> done)
{
    auto *job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(keychainKey(kind));
    connect(job, &QKeychain::Job::finished, this, [done, kind](QKeychain::Job *j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            return done(keychainError(j, tr("remove the %1").arg(displayName(kind)), kind));
        done(Done{});
    });
    job->start();
}

} // namespace keyturn
