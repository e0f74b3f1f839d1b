#pragma once

#include <QCoreApplication>

#include <initializer_list>

namespace keyturn {

/// The translation of `text` under the first of `contexts` that has one (the text itself when none has).
/// For a source file's own tr() helper: lupdate files each string under the class whose member makes the call
/// (or the enclosing namespace, which the application's translator also searches), so a file whose strings are
/// asked for by several classes names them all here.
inline QString translateIn(std::initializer_list<const char *> contexts, const char *text, int n = -1)
{
    for (const char *context : contexts) {
        QString translated = QCoreApplication::translate(context, text, nullptr, n);
        // untranslated, QCoreApplication gives back the text itself (with %n filled in)
        if (translated != QCoreApplication::translate("", text, nullptr, n))
            return translated;
    }
    return QCoreApplication::translate(*contexts.begin(), text, nullptr, n);
}

} // namespace keyturn
