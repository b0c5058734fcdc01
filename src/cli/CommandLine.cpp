#include "cli/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BerthCliCommon)
};

} // namespace

QCommandLineOption CommonOptions::project()
{
    return {{QStringLiteral("C"), QStringLiteral("project")},
            Text::tr("Project folder (default: the current folder)."),
            QStringLiteral("dir"),
            QDir::currentPath()};
}

QCommandLineOption CommonOptions::destination()
{
    return {{QStringLiteral("d"), QStringLiteral("destination")},
            Text::tr("Destination (config/deploy.<destination>.yml)."),
            QStringLiteral("name")};
}

QCommandLineOption CommonOptions::knownHosts()
{
    return {QStringLiteral("known-hosts"),
            Text::tr("known_hosts file (default: ~/.ssh/known_hosts)."), QStringLiteral("file")};
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments,
                                  QTextStream &out, QTextStream &err, const QString &errorPrefix)
{
    if (!parser.parse(arguments)) {
        err << errorPrefix << parser.errorText() << '\n';
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

} // namespace Berth::Cli
