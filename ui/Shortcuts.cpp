#include "Shortcuts.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QWidget>

namespace keyturn {

namespace {
/// A frame drawn over a widget while it has the focus; mouse events go through it.
class FocusFrame : public QWidget
{
public:
    explicit FocusFrame(QWidget *target) : QWidget(target), m_target(target)
    {
        setObjectName(QStringLiteral("focusFrame"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setFocusPolicy(Qt::NoFocus);
        hide();
        target->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_target) {
            switch (event->type()) {
            case QEvent::FocusIn:
                setGeometry(m_target->rect());
                raise();
                show();
                break;
            case QEvent::FocusOut: hide(); break;
            case QEvent::Resize: setGeometry(m_target->rect()); break;
            default: break;
            }
        }
        return QWidget::eventFilter(watched, event);
    }

    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }

private:
    QWidget *m_target;
};
} // namespace

QString withShortcut(const QString &text, const QKeySequence &key)
{
    if (key.isEmpty())
        return text;
    //: A tooltip followed by the keyboard shortcut that does the same, e.g. "Rotate the selected key (Ctrl+R)".
    return QCoreApplication::translate("keyturn::Shortcuts", "%1 (%2)")
        .arg(text, key.toString(QKeySequence::NativeText));
}

void setShortcutToolTip(QAction *action, const QString &text)
{
    QString base = text;
    if (base.isEmpty()) {
        base = action->text();
        // "&&" is a literal ampersand, any other "&" marks the mnemonic
        base.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        base.remove(QLatin1Char('&'));
        base.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        if (base.endsWith(QChar(0x2026)))
            base.chop(1);
    }
    action->setToolTip(withShortcut(base, action->shortcut()));
}

void setShortcutToolTip(QAbstractButton *button, const QString &text)
{
    const QKeySequence key = button->shortcut();
    button->setToolTip(key == QKeySequence::mnemonic(button->text()) ? text : withShortcut(text, key));
}

void setShortcutToolTip(QWidget *widget, const QString &text, const QKeySequence &key)
{
    widget->setToolTip(withShortcut(text, key));
}

void showFocusFrame(QWidget *widget)
{
    if (!widget->findChild<QWidget *>(QStringLiteral("focusFrame"), Qt::FindDirectChildrenOnly))
        new FocusFrame(widget);
}

QAction *addFindShortcut(QWidget *view, QLineEdit *field, const QString &objectName, const QString &text,
                         const QString &toolTip)
{
    auto *find = new QAction(text, view);
    find->setObjectName(objectName);
    find->setShortcuts(QKeySequence::Find);
    view->addAction(find);
    QObject::connect(find, &QAction::triggered, field, [field] {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    });
    setShortcutToolTip(field, toolTip, find->shortcut());
    return find;
}

} // namespace keyturn
