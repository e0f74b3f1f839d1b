// keyturnctl's commands that reach the network: the connection profile, connection tests and sync.
#include "CliApp.h"

#include "core/Workspace.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"
#include "core/net/PlatformAdminClient.h"
#include "core/net/TokenStore.h"
#include "core/store/WorkspaceStore.h"
#include "core/sync/ProviderSync.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::CliApp", text);
}

const QList<QPair<const char *, TokenKind>> kTokenNames = {{"platform", TokenKind::Platform},
                                                           {"vault", TokenKind::Vault},
                                                           {"mail", TokenKind::Mail},
                                                           {"smtp", TokenKind::SmtpPassword}};

/// One line from standard input without echo when it is a terminal.
QByteArray readSecretLine()
{
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    int c;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.append(char(c));
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputc('\n', stderr);
    }
    return line.trimmed();
}
} // namespace

int CliApp::runAsync(const std::function<void(std::function<void(int)> finish)> &start)
{
    QEventLoop loop;
    int code = Failed;
    bool finished = false;
    start([&](int exitCode) {
        code = exitCode;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return code;
}

std::unique_ptr<Workspace> CliApp::openExisting(const Globals &g)
{
    Workspace::Options options;
    options.createIfMissing = false;
    auto ws = Workspace::open(g.workspace, g.actor, m_clock, options);
    if (!ws) {
        failed(ws.errorMessage());
        return nullptr;
    }
    return std::move(ws.value());
}

int CliApp::cmdProfile(const Globals &g, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub != QLatin1String("set") && sub != QLatin1String("show") && sub != QLatin1String("store-token"))
        return usageError(sub.isEmpty() ? tr("profile needs a subcommand: set, show or store-token")
                                        : tr("unknown profile subcommand '%1' (set, show, store-token)").arg(sub),
                          QStringLiteral("profile"));

    if (sub == QLatin1String("set")) {
        // Parse everything before touching the workspace: a typo changes nothing.
        QMap<QString, QString> values;
        static const QStringList known = {
            QStringLiteral("--platform"),        QStringLiteral("--vault"),    QStringLiteral("--vault-mount"),
            QStringLiteral("--vault-namespace"), QStringLiteral("--mail-api"), QStringLiteral("--smtp"),
            QStringLiteral("--smtp-user"),       QStringLiteral("--from"),     QStringLiteral("--ca-bundle")};
        for (int i = 1; i < args.size(); ++i) {
            QString name = args.at(i);
            QString value;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq > 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            } else if (known.contains(name)) {
                if (i + 1 >= args.size())
                    return usageError(tr("%1 needs a value").arg(name), QStringLiteral("profile"));
                value = args.at(++i);
            }
            if (name.contains(QLatin1String("token"), Qt::CaseInsensitive) ||
                name.contains(QLatin1String("password"), Qt::CaseInsensitive))
                return usageError(tr("tokens are never taken on the command line (they would land in shell history "
                                     "and process lists); set %1 or use 'keyturnctl profile store-token'")
                                      .arg(QStringLiteral("KEYTURN_PLATFORM_TOKEN, KEYTURN_VAULT_TOKEN, "
                                                          "KEYTURN_MAIL_TOKEN or KEYTURN_SMTP_PASSWORD")),
                                  QStringLiteral("profile"));
            if (!known.contains(name))
                return usageError(tr("unknown option '%1' for profile set").arg(name), QStringLiteral("profile"));
            values.insert(name, value);
        }
        if (values.isEmpty())
            return usageError(tr("profile set needs at least one option"), QStringLiteral("profile"));
        if (values.contains(QStringLiteral("--mail-api")) && values.contains(QStringLiteral("--smtp")))
            return usageError(tr("choose one mail transport: --mail-api or --smtp"), QStringLiteral("profile"));

        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        auto current = ws->profile();
        if (!current)
            return failed(current.errorMessage());
        ConnectionProfile p = current.value();
        if (values.contains(QStringLiteral("--platform")))
            p.platformUrl = QUrl(values.value(QStringLiteral("--platform")));
        if (values.contains(QStringLiteral("--vault")))
            p.vaultUrl = QUrl(values.value(QStringLiteral("--vault")));
        if (values.contains(QStringLiteral("--vault-mount")))
            p.vaultMount = values.value(QStringLiteral("--vault-mount"));
        if (values.contains(QStringLiteral("--vault-namespace")))
            p.vaultNamespace = values.value(QStringLiteral("--vault-namespace"));
        if (values.contains(QStringLiteral("--mail-api"))) {
            p.mailTransport = QStringLiteral("mail-api");
            p.mailApiUrl = QUrl(values.value(QStringLiteral("--mail-api")));
        }
        if (values.contains(QStringLiteral("--smtp"))) {
            p.mailTransport = QStringLiteral("smtp");
            p.smtpUrl = QUrl(values.value(QStringLiteral("--smtp")));
        }
        if (values.contains(QStringLiteral("--smtp-user")))
            p.smtpUsername = values.value(QStringLiteral("--smtp-user"));
        if (values.contains(QStringLiteral("--from")))
            p.fromAddress = values.value(QStringLiteral("--from"));
        if (values.contains(QStringLiteral("--ca-bundle")))
            p.caBundle = values.value(QStringLiteral("--ca-bundle"));
        if (auto v = p.validate(); !v) {
            m_err << "keyturnctl: " << v.errorMessage() << '\n' << tr("The profile was left unchanged.") << '\n';
            m_err.flush();
            return Usage;
        }
        if (auto r = ws->saveProfile(p); !r)
            return failed(tr("%1; the profile was left unchanged").arg(r.errorMessage()));
        if (g.json)
            m_out << QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            m_out << tr("Profile '%1' saved.").arg(p.name) << '\n';
        m_out.flush();
        return Success;
    }

    if (sub == QLatin1String("store-token")) {
        if (args.size() != 2)
            return usageError(tr("profile store-token needs one of: platform, vault, mail, smtp"),
                              QStringLiteral("profile"));
        std::optional<TokenKind> kind;
        for (const auto &[name, k] : kTokenNames) {
            if (args.at(1) == QLatin1String(name))
                kind = k;
        }
        if (!kind)
            return usageError(tr("unknown token '%1'; use platform, vault, mail or smtp").arg(args.at(1)),
                              QStringLiteral("profile"));
        auto ws = openExisting(g);
        if (!ws)
            return Failed;
        auto store = ws->tokenStore();
        if (!store)
            return failed(store.errorMessage());
        if (isatty(STDIN_FILENO))
            std::fprintf(stderr, "%s: ", qPrintable(TokenStore::displayName(*kind)));
        const Secret token(readSecretLine());
        if (token.isEmpty())
            return usageError(tr("no token on standard input; nothing was stored"), QStringLiteral("profile"));
        TokenStore *tokens = store.value();
        return runAsync([this, tokens, kind, token](std::function<void(int)> finish) {
            tokens->write(*kind, token, [this, kind, finish](NetResult<Done> r) {
                if (!r)
                    return finish(failed(r.error().message));
                m_out << tr("The %1 is in the keychain.").arg(TokenStore::displayName(*kind)) << '\n';
                m_out.flush();
                finish(Success);
            });
        });
    }

    // show
    auto ws = openExisting(g);
    if (!ws)
        return Failed;
    auto p = ws->profile();
    if (!p)
        return failed(p.errorMessage());
    QJsonObject sources;
    for (const auto &[name, kind] : kTokenNames) {
        sources.insert(
            QLatin1String(name),
            TokenStore::fromEnvironment(kind).isEmpty()
                ? QStringLiteral("keychain (if stored)")
                : QStringLiteral("environment (%1)").arg(QLatin1String(TokenStore::environmentVariable(kind))));
    }
    if (g.json) {
        QJsonObject o = p->toJson();
        o.insert(QStringLiteral("token_sources"), sources);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        const QJsonObject o = p->toJson();
        for (auto it = o.begin(); it != o.end(); ++it)
            m_out << it.key().leftJustified(18) << it.value().toString() << '\n';
        for (auto it = sources.begin(); it != sources.end(); ++it)
            m_out << (it.key() + QStringLiteral(" token")).leftJustified(18) << it.value().toString() << '\n';
    }
    m_out.flush();
    return Success;
}

int CliApp::cmdConnections(const Globals &g, const QStringList &args)
{
    if (args.value(0) != QLatin1String("test") || args.size() > 1)
        return usageError(args.isEmpty()
                              ? tr("connections needs a subcommand: test")
                              : tr("unknown connections subcommand '%1' (test)").arg(args.join(QLatin1Char(' '))),
                          QStringLiteral("connections"));
    auto ws = openConnected(g);
    if (!ws)
        return Failed;
    Connections &connections = *ws->connections();
    if (connections.profile().isEmpty())
        return failed(tr("no services are configured; set them with 'keyturnctl profile set'"));
    return runAsync([&](std::function<void(int)> finish) {
        connections.test([&, finish](QList<ServiceCheck> checks) {
            bool allOk = true;
            QJsonArray array;
            for (const ServiceCheck &c : checks) {
                if (c.configured && !c.ok)
                    allOk = false;
                const QString state = !c.configured ? QStringLiteral("not configured")
                                                    : (c.ok ? QStringLiteral("ok") : QStringLiteral("FAILED"));
                if (g.json) {
                    array.append(QJsonObject{{QStringLiteral("service"), c.service},
                                             {QStringLiteral("configured"), c.configured},
                                             {QStringLiteral("ok"), c.ok},
                                             {QStringLiteral("detail"), c.detail}});
                } else {
                    m_out << c.service.leftJustified(10) << state.leftJustified(16) << c.detail << '\n';
                }
            }
            if (g.json)
                m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
            m_out.flush();
            finish(allOk ? Success : Failed);
        });
    });
}

int CliApp::cmdSync(const Globals &g, const QStringList &args)
{
    if (!args.isEmpty())
        return usageError(tr("sync takes no arguments, got '%1'").arg(args.join(QLatin1Char(' '))),
                          QStringLiteral("sync"));
    auto ws = openConnected(g);
    if (!ws)
        return Failed;
    Connections &connections = *ws->connections();
    const ConnectionProfile profile = connections.profile();
    if (profile.platformUrl.isEmpty())
        return failed(tr("no platform is configured; set one with 'keyturnctl profile set --platform URL'"));
    if (!connections.hasToken(TokenKind::Platform))
        return failed(tr("no platform token: set KEYTURN_PLATFORM_TOKEN or store one with "
                         "'keyturnctl profile store-token platform'"));
    return runAsync([&](std::function<void(int)> finish) {
        auto *sync = new ProviderSync(ws->store(), *connections.platform(), &connections);
        sync->run([&, finish](Result<SyncReport> report) {
            if (!report)
                return finish(failed(report.errorMessage()));
            const SyncReport &r = *report;
            if (g.json) {
                m_out << QJsonDocument(QJsonObject{{QStringLiteral("users"), r.users},
                                                   {QStringLiteral("keys"), r.keys},
                                                   {QStringLiteral("consumers_added"), r.consumersAdded},
                                                   {QStringLiteral("consumers_updated"), r.consumersUpdated},
                                                   {QStringLiteral("credentials_added"), r.credentialsAdded},
                                                   {QStringLiteral("key_versions_added"), r.keyVersionsAdded},
                                                   {QStringLiteral("key_states_changed"), r.keyStatesChanged},
                                                   {QStringLiteral("usage_updated"), r.usageUpdated}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            } else {
                m_out << tr("Synced %1 users and %2 keys from %3: %4 consumers added, %5 updated; %6 credentials "
                            "added; %7 key versions added, %8 changed state; usage updated on %9 keys.")
                             .arg(r.users)
                             .arg(r.keys)
                             .arg(profile.platformUrl.toString())
                             .arg(r.consumersAdded)
                             .arg(r.consumersUpdated)
                             .arg(r.credentialsAdded)
                             .arg(r.keyVersionsAdded)
                             .arg(r.keyStatesChanged)
                             .arg(r.usageUpdated)
                      << '\n';
            }
            m_out.flush();
            finish(Success);
        });
    });
}

} // namespace keyturn
