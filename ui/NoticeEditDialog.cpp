#include "NoticeEditDialog.h"
#include "Theme.h"

#include "Shortcuts.h"
#include "core/notices/NoticeStore.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace keyturn {

NoticeEditDialog::NoticeEditDialog(const NoticeRecord &notice, Save save, QWidget *parent)
    : QDialog(parent), m_save(std::move(save))
{
    setObjectName(QStringLiteral("noticeEditDialog"));
    setWindowTitle(tr("Edit notice #%1").arg(notice.id));
    const QString to = notice.consumerName.isEmpty() ? notice.recipient : notice.consumerName;

    auto *intro = new QLabel(tr("To %1 &lt;%2&gt;. Saving submits the notice for approval again: someone who has "
                                "neither drafted nor edited it approves it before it is sent.")
                                 .arg(to.toHtmlEscaped(), notice.recipient.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    m_subject = new QLineEdit(notice.subject, this);
    m_subject->setObjectName(QStringLiteral("noticeSubject"));
    m_subject->setAccessibleName(tr("Subject"));

    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("noticeBody"));
    m_body->setAccessibleName(tr("Body (Markdown)"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(notice.bodyMarkdown);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("noticeEditPreview"));
    m_preview->setAccessibleName(tr("Preview as the consumer will see it"));
    showFocusFrame(m_preview);
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);

    auto *hint = new QLabel(tr("Markdown: # headings, - lists, 1. numbered lists, **bold**, *emphasis*, `code`, "
                               "``` code blocks, [text](https://link). No {{placeholder}} may be left."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Subject:"), m_subject);
    auto *bodyLabel = new QLabel(tr("&Body:"), editor);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel);
    form->addRow(m_body);
    form->addRow(hint);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("Preview"), previewPane);
    previewLabel->setBuddy(m_preview);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_preview, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(editor);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("noticeEditError"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setTone(m_error, Theme::Tone::Error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setText(tr("Save and submit"));
    m_saveButton->setObjectName(QStringLiteral("saveNoticeButton"));
    m_saveButton->setAccessibleName(tr("Save the notice and submit it for approval"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(980, 640);

    connect(m_body, &QPlainTextEdit::textChanged, this, &NoticeEditDialog::updatePreview);
    connect(m_subject, &QLineEdit::textChanged, this, [this] {
        m_saveButton->setEnabled(!subject().isEmpty());
        m_saveButton->setToolTip(subject().isEmpty() ? tr("A notice needs a subject.") : QString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &NoticeEditDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

QString NoticeEditDialog::subject() const
{
    return m_subject->text().trimmed();
}

QString NoticeEditDialog::bodyMarkdown() const
{
    return m_body->toPlainText();
}

QString NoticeEditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void NoticeEditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NoticeEditDialog::updatePreview()
{
    auto rendered = NoticeTemplates::render(bodyMarkdown());
    if (!rendered) {
        // The last preview that rendered stays, greyed out, so typing a {{ does not blank it.
        showError(tr("The body cannot be sent like this: %1").arg(rendered.errorMessage()));
        m_preview->setEnabled(false);
        return;
    }
    showError({});
    m_preview->setEnabled(true);
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(rendered->html);
    m_preview->verticalScrollBar()->setValue(scroll);
}

void NoticeEditDialog::trySave()
{
    if (subject().isEmpty()) {
        showError(tr("A notice needs a subject; nothing was saved."));
        return;
    }
    if (auto saved = m_save(subject(), bodyMarkdown()); !saved) {
        showError(saved.errorMessage());
        return;
    }
    accept();
}

} // namespace keyturn
