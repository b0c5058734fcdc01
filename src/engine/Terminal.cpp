#include "engine/Terminal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

namespace Berth::Engine {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Terminal)
};

} // namespace

Result<void> openTerminal(const QString &program, const QStringList &arguments)
{
    QString terminal = qEnvironmentVariable("BERTH_TERMINAL");
    QStringList args;
#if defined(Q_OS_MACOS)
    if (terminal.isEmpty()) {
        terminal = QStringLiteral("open");
        args = {QStringLiteral("-a"), QStringLiteral("Terminal"), QStringLiteral("--args")};
    }
#elif defined(Q_OS_WIN)
    if (terminal.isEmpty()) {
        terminal = QStandardPaths::findExecutable(QStringLiteral("wt"));
        if (terminal.isEmpty()) {
            terminal = QStringLiteral("cmd.exe");
            args = {QStringLiteral("/c"), QStringLiteral("start"), QString()};
        }
    }
#else
    if (terminal.isEmpty())
        terminal = qEnvironmentVariable("TERMINAL");
    if (terminal.isEmpty())
        terminal = QStandardPaths::findExecutable(QStringLiteral("x-terminal-emulator"));
    args = {QStringLiteral("-e")};
#endif
    if (terminal.isEmpty())
        return fail(QStringLiteral("terminal.none"),
                    Text::tr("No terminal program was found to open an interactive session. Set "
                             "the TERMINAL environment variable, or install a terminal."));
    args.append(program);
    args.append(arguments);
    if (!QProcess::startDetached(terminal, args))
        return fail(QStringLiteral("terminal.start"),
                    Text::tr("The terminal %1 could not be started.").arg(terminal));
    return {};
}

} // namespace Berth::Engine
