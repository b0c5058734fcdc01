#include "cli/ConfigCommand.h"

#include "core/AtomicFile.h"
#include "core/config/ConfigLoader.h"
#include "core/config/YamlWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Berth::Cli {

using namespace Berth::Config;

namespace {

// Exit codes of `config check` (and the other config commands): stable for scripts.
enum ExitCode { Clean = 0, HasErrors = 1, Unreadable = 2 };

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliConfig)
};

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString relative(const QString &path)
{
    return QDir::toNativeSeparators(QDir::current().relativeFilePath(path));
}

void printDiagnostic(QTextStream &out, const Diagnostic &d)
{
    QString where = d.location.file.isEmpty() ? QString() : relative(d.location.file);
    if (d.location.line > 0)
        where += QStringLiteral(":%1:%2").arg(d.location.line).arg(d.location.column);
    out << (where.isEmpty() ? QString() : where + QStringLiteral(": ")) << severityWord(d.severity)
        << ": "
        << (d.path.isEmpty() || d.message.startsWith(d.path) ? QString()
                                                             : d.path + QStringLiteral(": "))
        << d.message << '\n';
    if (!d.hint.isEmpty())
        out << "  " << Text::tr("hint: %1").arg(d.hint) << '\n';
}

QJsonObject diagnosticJson(const Diagnostic &d)
{
    return QJsonObject {{QStringLiteral("severity"), severityWord(d.severity)},
                        {QStringLiteral("code"), d.code},
                        {QStringLiteral("path"), d.path},
                        {QStringLiteral("file"), d.location.file},
                        {QStringLiteral("line"), d.location.line},
                        {QStringLiteral("column"), d.location.column},
                        {QStringLiteral("message"), d.message},
                        {QStringLiteral("hint"), d.hint}};
}

int check(const LoadedConfig &config, bool json, QTextStream &out)
{
    const int code = config.unreadable() ? Unreadable : config.hasErrors() ? HasErrors : Clean;
    if (json) {
        QJsonArray diagnostics;
        for (const Diagnostic &d : config.diagnostics)
            diagnostics.append(diagnosticJson(d));
        const QJsonObject result {{QStringLiteral("ok"), code == Clean},
                                  {QStringLiteral("readable"), code != Unreadable},
                                  {QStringLiteral("diagnostics"), diagnostics}};
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return code;
    }
    for (const Diagnostic &d : config.diagnostics)
        printDiagnostic(out, d);
    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : config.diagnostics)
        (d.severity == Severity::Error ? errors : warnings) += 1;
    if (code == Clean)
        out << Text::tr("Configuration is valid (%n warning(s)).", nullptr, warnings) << '\n';
    else if (code == Unreadable)
        out << Text::tr("Configuration could not be read.") << '\n';
    else
        out << Text::tr("%n error(s), %1 warning(s).", nullptr, errors).arg(warnings) << '\n';
    return code;
}

ScalarValue typedValue(const QString &text, const YamlNodePtr &existing, bool forceString)
{
    if (forceString)
        return ScalarValue::string(text);
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]+$"));
    const bool looksInteger = integer.match(text).hasMatch();
    const bool looksBoolean = text == QLatin1String("true") || text == QLatin1String("false");
    if (existing && existing->isScalar() && existing->quoted)
        return ScalarValue::string(text);
    if (looksInteger)
        return ScalarValue::integer(text.toLongLong());
    if (looksBoolean)
        return ScalarValue::boolean(text == QLatin1String("true"));
    return ScalarValue::string(text);
}

} // namespace

int runConfigCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Check, read and edit config/deploy.yml as Kamal reads it."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        {QStringLiteral("c"), QStringLiteral("config-file")},
        Text::tr("Configuration file (default: config/deploy.yml)."), QStringLiteral("file"),
        QStringLiteral("config/deploy.yml"));
    const QCommandLineOption destinationOption(
        {QStringLiteral("d"), QStringLiteral("destination")},
        Text::tr("Destination (config/deploy.<destination>.yml)."), QStringLiteral("name"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Text::tr("Print JSON."));
    const QCommandLineOption rawOption(
        QStringLiteral("raw"), Text::tr("get: print the text as written, ERB tags included."));
    const QCommandLineOption stringOption(
        QStringLiteral("string"),
        Text::tr("set: write the value as a string even if it looks like a number."));
    parser.addOptions({configOption, destinationOption, jsonOption, rawOption, stringOption});
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 Text::tr("check | get PATH | set PATH VALUE | show"));
    if (!parser.parse(arguments)) {
        err << "berth-cli config: " << parser.errorText() << '\n';
        return Unreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Clean;
    }
    const QStringList args = parser.positionalArguments();
    const QString subcommand = args.value(0);
    const LoadOptions options
        = projectLoadOptions(parser.value(configOption), parser.value(destinationOption));
    const LoadedConfig config = loadConfig(options);
    const bool json = parser.isSet(jsonOption);

    if (subcommand == QLatin1String("check"))
        return check(config, json, out);

    if (subcommand == QLatin1String("show")) {
        if (config.unreadable())
            return check(config, false, err);
        out << (json ? QString::fromUtf8(QJsonDocument(toJson(config.effective).toObject())
                                             .toJson(QJsonDocument::Indented))
                     : toYaml(config.effective));
        return config.hasErrors() ? HasErrors : Clean;
    }

    if (subcommand == QLatin1String("get")) {
        if (args.size() != 2) {
            err << Text::tr("berth-cli config get: give one PATH, e.g. proxy/app_port") << '\n';
            return Unreadable;
        }
        if (config.unreadable())
            return check(config, false, err);
        const QString &path = args.at(1);
        if (parser.isSet(rawOption)) {
            // The last file that defines the path is the one whose text counts.
            for (auto it = config.sources.crbegin(); it != config.sources.crend(); ++it) {
                if (YamlEditor::find(it->yaml.root, path)) {
                    out << it->templateTextAt(path) << '\n';
                    return Clean;
                }
            }
        } else if (const YamlNodePtr node = YamlEditor::find(config.effective, path)) {
            if (json)
                out << QString::fromUtf8(
                           QJsonDocument(QJsonArray {toJson(node)}).toJson(QJsonDocument::Compact))
                           .mid(1)
                           .chopped(1)
                    << '\n';
            else
                out << (node->isScalar() ? node->scalar + QLatin1Char('\n') : toYaml(node));
            return Clean;
        }
        err << Text::tr("berth-cli config get: %1 is not set").arg(path) << '\n';
        return HasErrors;
    }

    if (subcommand == QLatin1String("set")) {
        if (args.size() != 3) {
            err << Text::tr("berth-cli config set: give PATH and VALUE, e.g. proxy/app_port 3000")
                << '\n';
            return Unreadable;
        }
        const ConfigSource *target = sourceForEdit(config, args.at(1));
        if (!target)
            return check(config, false, err);
        if (!target->validUtf8) {
            err << Text::tr("berth-cli config set: %1 is not UTF-8; Berth does not edit it.")
                       .arg(relative(target->path))
                << '\n';
            return HasErrors;
        }
        const YamlNodePtr existing = YamlEditor::find(target->yaml.root, args.at(1));
        const auto edited = target->editor().set(
            args.at(1), typedValue(args.at(2), existing, parser.isSet(stringOption)));
        if (!edited) {
            err << "berth-cli config set: " << edited.error().message << '\n';
            return HasErrors;
        }
        const auto saved = AtomicFile::write(target->path, edited->toUtf8());
        if (!saved) {
            err << "berth-cli config set: " << saved.error().message << '\n';
            return HasErrors;
        }
        out << Text::tr("Set %1 in %2.").arg(args.at(1), relative(target->path)) << '\n';
        // Say at once when the edit made the configuration invalid.
        const LoadedConfig after = loadConfig(options);
        if (after.hasErrors()) {
            for (const Diagnostic &d : after.diagnostics) {
                if (d.severity == Severity::Error)
                    printDiagnostic(err, d);
            }
            return HasErrors;
        }
        return Clean;
    }

    err << Text::tr("berth-cli config: unknown subcommand “%1”; use check, get, set or show.")
               .arg(subcommand)
        << '\n';
    return Unreadable;
}

} // namespace Berth::Cli
