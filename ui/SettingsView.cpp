#include "SettingsView.h"
#include "Theme.h"

#include "Shortcuts.h"
#include "core/Workspace.h"
#include "core/net/ConnectionProfile.h"
#include "core/net/Connections.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace keyturn {

SettingsView::SettingsView(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto line = [this](const QString &name, const QString &placeholder, const QString &accessible) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(accessible);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_platform = line(QStringLiteral("platformUrl"), QStringLiteral("https://api.example.org"), tr("Platform URL"));
    m_vault = line(QStringLiteral("vaultUrl"), QStringLiteral("https://vault.example.org:8200"), tr("Vault URL"));
    m_mount = line(QStringLiteral("vaultMount"), QStringLiteral("secret"), tr("Vault mount"));
    m_namespace = line(QStringLiteral("vaultNamespace"), tr("(none)"), tr("Vault namespace"));
    m_mailTransport = new QComboBox(this);
    m_mailTransport->setObjectName(QStringLiteral("mailTransport"));
    m_mailTransport->setAccessibleName(tr("Mail transport"));
    m_mailTransport->addItem(tr("None: notices are not sent from here"), QString());
    m_mailTransport->addItem(tr("HTTP mail API"), QStringLiteral("mail-api"));
    m_mailTransport->addItem(tr("SMTP relay"), QStringLiteral("smtp"));
    m_mailApi = line(QStringLiteral("mailApiUrl"), QStringLiteral("https://mail.example.org"), tr("Mail API URL"));
    m_smtp = line(QStringLiteral("smtpUrl"), QStringLiteral("smtp://relay.example.org:587"), tr("SMTP URL"));
    m_smtpUser = line(QStringLiteral("smtpUser"), tr("(no login)"), tr("SMTP user"));
    m_from = line(QStringLiteral("fromAddress"), QStringLiteral("security@example.org"), tr("Sender address"));
    m_caBundle = line(QStringLiteral("caBundle"), tr("(system roots only)"), tr("CA bundle"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA bundle"), QString(),
                                                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browse);

    auto *services = new QGroupBox(tr("Services"), this);
    auto *form = new QFormLayout(services);
    // one mnemonic each: S saves, T tests, and F, V, K and H open the menus
    form->addRow(tr("&Platform admin API:"), m_platform);
    form->addRow(tr("Vau&lt address:"), m_vault);
    form->addRow(tr("Vault &mount:"), m_mount);
    form->addRow(tr("Vault &namespace:"), m_namespace);
    form->addRow(tr("Ma&il transport:"), m_mailTransport);
    form->addRow(tr("Mail &API URL:"), m_mailApi);
    form->addRow(tr("SMTP U&RL:"), m_smtp);
    form->addRow(tr("SMTP &user:"), m_smtpUser);
    form->addRow(tr("Sen&der:"), m_from);
    auto *caLabel = new QLabel(tr("&CA bundle:"), this);
    caLabel->setBuddy(m_caBundle);
    form->addRow(caLabel, caRow);

    auto *tokens = new QGroupBox(tr("Tokens (kept in the OS keychain, never in the workspace)"), this);
    auto *tokenForm = new QFormLayout(tokens);
    const QList<QPair<TokenKind, QString>> kinds = {{TokenKind::Platform, tr("Platform token:")},
                                                    {TokenKind::Vault, tr("Vault token:")},
                                                    {TokenKind::Mail, tr("Mail API token:")},
                                                    {TokenKind::SmtpPassword, tr("SMTP password:")}};
    for (const auto &[kind, label] : kinds) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setObjectName(QStringLiteral("token_") + QString::fromLatin1(TokenStore::environmentVariable(kind)));
        edit->setAccessibleName(TokenStore::displayName(kind));
        edit->setPlaceholderText(tr("unchanged"));
        auto *hint = new QLabel(this);
        hint->setForegroundRole(QPalette::PlaceholderText);
        auto *row = new QVBoxLayout;
        row->setSpacing(0);
        row->addWidget(edit);
        row->addWidget(hint);
        tokenForm->addRow(label, row);
        m_tokens.insert(kind, edit);
        m_tokenHints.insert(kind, hint);
    }

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveProfile"));
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_testButton);
    buttons->addWidget(m_saveButton);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("connectionResults"));
    m_results->setAccessibleName(tr("Connection test results"));
    showFocusFrame(m_results);
    m_results->setHeaderLabels({tr("Service"), tr("State"), tr("Details")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(0, 110);
    m_results->setColumnWidth(1, 130);
    m_results->setMinimumHeight(110);

    auto *title = new QLabel(tr("Connections"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);

    auto *columns = new QHBoxLayout;
    columns->addWidget(services, 3);
    columns->addWidget(tokens, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(columns);
    layout->addLayout(buttons);
    layout->addWidget(m_results, 1);

    connect(m_saveButton, &QPushButton::clicked, this, &SettingsView::save);
    connect(m_testButton, &QPushButton::clicked, this, &SettingsView::testConnections);
    connect(m_mailTransport, &QComboBox::currentIndexChanged, this, &SettingsView::updateMailFields);
    load();
}

void SettingsView::load()
{
    auto profile = m_workspace.profile();
    if (!profile) {
        showMessage(profile.errorMessage(), true);
        return;
    }
    const ConnectionProfile &p = *profile;
    m_platform->setText(p.platformUrl.toString());
    m_vault->setText(p.vaultUrl.toString());
    m_mount->setText(p.vaultMount);
    m_namespace->setText(p.vaultNamespace);
    m_mailTransport->setCurrentIndex(std::max(0, m_mailTransport->findData(p.mailTransport)));
    m_mailApi->setText(p.mailApiUrl.toString());
    m_smtp->setText(p.smtpUrl.toString());
    m_smtpUser->setText(p.smtpUsername);
    m_from->setText(p.fromAddress);
    m_caBundle->setText(p.caBundle);
    updateMailFields();
    updateTokenHints();
}

ConnectionProfile SettingsView::profileFromForm() const
{
    ConnectionProfile p;
    p.platformUrl = QUrl(m_platform->text().trimmed());
    p.vaultUrl = QUrl(m_vault->text().trimmed());
    p.vaultMount = m_mount->text().trimmed().isEmpty() ? QStringLiteral("secret") : m_mount->text().trimmed();
    p.vaultNamespace = m_namespace->text().trimmed();
    p.mailTransport = m_mailTransport->currentData().toString();
    p.mailApiUrl = QUrl(m_mailApi->text().trimmed());
    p.smtpUrl = QUrl(m_smtp->text().trimmed());
    p.smtpUsername = m_smtpUser->text().trimmed();
    p.fromAddress = m_from->text().trimmed();
    p.caBundle = m_caBundle->text().trimmed();
    return p;
}

void SettingsView::updateMailFields()
{
    const QString transport = m_mailTransport->currentData().toString();
    m_mailApi->setEnabled(transport == QLatin1String("mail-api"));
    m_smtp->setEnabled(transport == QLatin1String("smtp"));
    m_smtpUser->setEnabled(transport == QLatin1String("smtp"));
}

void SettingsView::updateTokenHints()
{
    for (auto it = m_tokenHints.begin(); it != m_tokenHints.end(); ++it) {
        const char *var = TokenStore::environmentVariable(it.key());
        it.value()->setText(TokenStore::fromEnvironment(it.key()).isEmpty()
                                ? tr("from the keychain, if stored")
                                : tr("from %1 (environment), which wins over the keychain").arg(QLatin1String(var)));
    }
}

void SettingsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    Theme::setTone(m_message, error ? Theme::Tone::Error : Theme::Tone::None);
}

void SettingsView::save()
{
    const ConnectionProfile p = profileFromForm();
    if (auto r = m_workspace.saveProfile(p); !r) {
        showMessage(tr("Not saved: %1").arg(r.errorMessage()), true);
        return;
    }
    auto store = m_workspace.tokenStore(p.name);
    if (!store) {
        showMessage(store.errorMessage(), true);
        return;
    }
    QList<QPair<TokenKind, Secret>> typed;
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        if (!it.value()->text().isEmpty())
            typed.append({it.key(), Secret(it.value()->text().toUtf8())});
    }
    if (typed.isEmpty()) {
        showMessage(tr("Profile saved."), false);
        Q_EMIT saved();
        return;
    }
    auto pending = std::make_shared<int>(int(typed.size()));
    auto errors = std::make_shared<QStringList>();
    QPointer<SettingsView> self(this);
    for (const auto &[kind, token] : typed) {
        store.value()->write(kind, token, [self, kind, pending, errors](NetResult<Done> r) {
            if (!self)
                return;
            if (r)
                self->m_tokens.value(kind)->clear();
            else
                errors->append(r.error().message);
            if (--*pending == 0) {
                if (errors->isEmpty())
                    self->showMessage(tr("Profile saved; tokens stored in the keychain."), false);
                else
                    self->showMessage(tr("Profile saved, but: %1").arg(errors->join(QStringLiteral(" "))), true);
                Q_EMIT self->saved();
            }
        });
    }
}

void SettingsView::testConnections()
{
    const ConnectionProfile p = profileFromForm();
    if (auto v = p.validate(); !v) {
        showMessage(v.errorMessage(), true);
        return;
    }
    if (p.isEmpty()) {
        showMessage(tr("Name at least one service to test."), true);
        return;
    }
    auto store = m_workspace.tokenStore(p.name);
    if (!store) {
        showMessage(store.errorMessage(), true);
        return;
    }
    delete m_testing;
    m_testing = new Connections(p, this);
    m_testButton->setEnabled(false);
    m_results->clear();
    showMessage(tr("Testing…"), false);
    QPointer<Connections> connections = m_testing;
    connections->loadTokens(*store.value(), [this, connections](NetResult<Done> loaded) {
        if (!connections)
            return;
        // a token typed but not yet saved is used for the test, and stays in memory only
        for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
            if (!it.value()->text().isEmpty())
                connections->setToken(it.key(), Secret(it.value()->text().toUtf8()));
        }
        const QString keychainNote = loaded ? QString() : loaded.error().message;
        connections->test([this, keychainNote](QList<ServiceCheck> checks) {
            int failures = 0;
            for (const ServiceCheck &c : checks) {
                auto *item = new QTreeWidgetItem(m_results);
                item->setText(0, c.service);
                item->setText(1, !c.configured ? tr("not configured") : (c.ok ? tr("OK") : tr("failed")));
                item->setText(2, c.detail);
                item->setToolTip(2, c.detail);
                item->setIcon(1, style()->standardIcon(!c.configured ? QStyle::SP_MessageBoxQuestion
                                                       : c.ok        ? QStyle::SP_DialogApplyButton
                                                                     : QStyle::SP_MessageBoxCritical));
                if (c.configured && !c.ok)
                    ++failures;
            }
            m_testButton->setEnabled(true);
            if (failures)
                showMessage(tr("%n service(s) did not answer as expected.", nullptr, failures) +
                                (keychainNote.isEmpty() ? QString() : QLatin1Char(' ') + keychainNote),
                            true);
            else
                showMessage(tr("Every configured service answered."), false);
            Q_EMIT testFinished();
        });
    });
}

} // namespace keyturn
