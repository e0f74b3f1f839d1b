#pragma once

#include <QWizardPage>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace keyturn {

class Workspace;

/// Wizard page of an emergency revocation: the reason (required, audited) and the key's name typed again, exactly.
/// A commit page: "Revoke now" starts the emergency run.
class EmergencyConfirmPage : public QWizardPage
{
    Q_OBJECT
public:
    /// `credential` gives the id and name chosen on the previous page.
    EmergencyConfirmPage(Workspace &workspace, std::function<QPair<qint64, QString>()> credential,
                         QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    qint64 runId() const { return m_runId; }
    QPlainTextEdit *reasonField() const { return m_reason; }
    QLineEdit *confirmField() const { return m_confirm; }

Q_SIGNALS:
    void runStarted(qint64 runId);

private:
    Workspace &m_workspace;
    std::function<QPair<qint64, QString>()> m_credential;
    QLabel *m_explanation;
    QPlainTextEdit *m_reason;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirm;
    QLabel *m_message;
    qint64 m_runId = 0;
};

} // namespace keyturn
