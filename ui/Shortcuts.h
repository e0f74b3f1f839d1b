#pragma once

#include <QKeySequence>
#include <QString>

class QAbstractButton;
class QAction;
class QLineEdit;
class QWidget;

namespace keyturn {

/// "text (Ctrl+R)": a tooltip naming the key that does the same, in the platform's notation. Without a key, the text.
QString withShortcut(const QString &text, const QKeySequence &key);

/// Sets the action's tooltip to `text` followed by its shortcut (the action's text without its mnemonic when `text`
/// is empty).
void setShortcutToolTip(QAction *action, const QString &text = QString());

/// Sets the button's tooltip to `text` followed by its shortcut, when its shortcut is more than the mnemonic of its
/// text (a mnemonic shows as the underlined letter).
void setShortcutToolTip(QAbstractButton *button, const QString &text);

/// Sets the widget's tooltip to `text` followed by `key`: for a field or view a window-wide shortcut focuses.
void setShortcutToolTip(QWidget *widget, const QString &text, const QKeySequence &key);

/// The view's Find key (Ctrl+F): an action of `view`, named `objectName` and `text`, that moves the focus to `field`
/// and selects its text while the view is shown. The field's tooltip becomes `toolTip` with the key.
QAction *addFindShortcut(QWidget *view, QLineEdit *field, const QString &objectName, const QString &text,
                         const QString &toolTip);

/// Draws a frame in the palette's highlight colour around `widget` while it has the keyboard focus: for views the
/// style shows no focus on (a chart, a text browser, a list or table without a current item).
void showFocusFrame(QWidget *widget);

} // namespace keyturn
