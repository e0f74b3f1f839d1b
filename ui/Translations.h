#pragma once

#include <QLocale>
#include <QStringList>
#include <QTranslator>

class QObject;

namespace keyturn {

/// Keyturn's user interface in the person's language: Qt's own strings (qtbase) and Keyturn's, compiled from
/// translations/keyturn_<language>.ts into the resource :/i18n.
namespace translations {

/// Keyturn's translator. The core's sources translate through a small per-file helper that names the file's class
/// as the context, while lupdate files a string by where the call stands: inside a class's member (that class) or
/// in a free function (the enclosing namespace, "keyturn" or e.g. "keyturn::alertrules"). So a string the helper
/// asks for under "keyturn::Scheduler" may be stored under "keyturn"; this translator looks there as well.
class KeyturnTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

/// Installs the translators for `locale` (its UI languages in order) on the application, owned by `parent`.
/// Returns the language whose Keyturn translation was loaded ("de"), or empty when the UI stays in English.
QString install(const QLocale &locale, QObject *parent);
/// The languages Keyturn ships a translation for, besides English.
QStringList available();

} // namespace translations
} // namespace keyturn
