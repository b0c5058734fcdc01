#include "cli/SshCommand.h"

#include "cli/CommandLine.h"
#include "ssh/SshSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <array>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace Berth::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SshCommand)
};

bool isTerminal(FILE *input)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(input)) != 0;
#else
    return isatty(fileno(input)) != 0;
#endif
}

// One line from `input`, without its line end. On a terminal the typing is not echoed.
std::optional<QString> readSecretLine(FILE *input, const QString &prompt)
{
    const bool terminal = isTerminal(input);
    if (terminal) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
#ifndef Q_OS_WIN
    termios saved {};
    const bool quiet = terminal && tcgetattr(fileno(input), &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fileno(input), TCSANOW, &silent); // keeps what was typed ahead
    }
#endif
    QByteArray line;
    std::array<char, 256> buffer {};
    bool gotAny = false;
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), input)) {
        gotAny = true;
        line.append(buffer.data());
        if (line.endsWith('\n'))
            break;
    }
#ifndef Q_OS_WIN
    if (quiet) {
        tcsetattr(fileno(input), TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
#endif
    // Cleared so the passphrase does not linger in memory longer than needed.
    std::memset(buffer.data(), 0, buffer.size());
    if (!gotAny)
        return std::nullopt;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString rememberCommand(const QString &keyFile)
{
    return QStringLiteral("berth-cli ssh remember-passphrase %1").arg(keyFile);
}

} // namespace

std::shared_ptr<Engine::KeyPassphrases> keyPassphrases()
{
    auto asker
        = [](const Engine::PassphraseQuestion &question) -> Result<Engine::PassphraseAnswer> {
        if (!isTerminal(stdin))
            return fail(QStringLiteral("ssh.key-passphrase"),
                        Text::tr("The private key “%1” needs its passphrase, and there is no "
                                 "terminal to ask it on. Remember it in the keychain once with "
                                 "“%2” (it reads the passphrase from standard input), or add the "
                                 "key to ssh-agent.")
                            .arg(question.keyFile, rememberCommand(question.keyFile)));
        QString prompt;
        if (question.previousWasWrong)
            prompt = Text::tr("That passphrase did not open the key (attempt %1 of %2).\n")
                         .arg(question.attempt)
                         .arg(Engine::KeyPassphrases::maxAttempts);
        else if (question.storedWasWrong)
            prompt = Text::tr("The passphrase remembered in the keychain no longer opens the "
                              "key.\n");
        prompt += Text::tr("Passphrase for %1: ").arg(question.keyFile);
        const std::optional<QString> line = readSecretLine(stdin, prompt);
        if (!line)
            return fail(QStringLiteral("ssh.key-passphrase"),
                        Text::tr("No passphrase was given for the private key “%1”.")
                            .arg(question.keyFile));
        // The terminal asks only for this run; remembering is `berth-cli ssh
        // remember-passphrase`'s job, so nothing is stored behind the user's back.
        return Engine::PassphraseAnswer {*line, false};
    };
    return std::make_shared<Engine::KeyPassphrases>(
        asker, std::make_shared<Engine::OsPassphraseKeychain>());
}

int runSshCommand(const QStringList &arguments, QTextStream &out, QTextStream &err, FILE *input)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("SSH key passphrases in the OS keychain: remember-passphrase KEYFILE reads the "
                 "passphrase from standard input (without echo on a terminal), checks that it "
                 "opens the key and stores it; forget-passphrase KEYFILE removes it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("subcommand"),
                                 Text::tr("remember-passphrase or forget-passphrase"));
    parser.addPositionalArgument(QStringLiteral("keyfile"), Text::tr("The private key file."));
    if (const auto done
        = parseArguments(parser, arguments, out, err, QStringLiteral("berth-cli ssh: ")))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString subcommand = words.value(0);
    if (words.size() != 2
        || (subcommand != QLatin1String("remember-passphrase")
            && subcommand != QLatin1String("forget-passphrase"))) {
        err << Text::tr("berth-cli ssh: say remember-passphrase KEYFILE or forget-passphrase "
                        "KEYFILE.")
            << '\n';
        return UsageError;
    }
    const QString keyFile = QDir::toNativeSeparators(QFileInfo(words.at(1)).absoluteFilePath());
    Engine::OsPassphraseKeychain keychain;
    if (subcommand == QLatin1String("forget-passphrase")) {
        keychain.remove(keyFile);
        out << Text::tr("The passphrase of %1 is not in the keychain any more.").arg(keyFile)
            << '\n';
        return Success;
    }
    if (!QFileInfo::exists(keyFile)) {
        err << Text::tr("berth-cli ssh: there is no file “%1”.").arg(keyFile) << '\n';
        return Failure;
    }
    if (!Ssh::isEncryptedKeyFile(keyFile)) {
        err << Text::tr("berth-cli ssh: “%1” is not a private key protected by a passphrase; "
                        "there is nothing to remember.")
                   .arg(keyFile)
            << '\n';
        return Failure;
    }
    const std::optional<QString> passphrase
        = readSecretLine(input, Text::tr("Passphrase for %1: ").arg(keyFile));
    if (!passphrase) {
        err << Text::tr("berth-cli ssh: no passphrase on standard input.") << '\n';
        return UsageError;
    }
    if (!Ssh::keyFileOpensWith(keyFile, *passphrase)) {
        err << Text::tr("berth-cli ssh: that passphrase does not open “%1”; nothing was stored.")
                   .arg(keyFile)
            << '\n';
        return Failure;
    }
    if (const Result<void> stored = keychain.store(keyFile, *passphrase); !stored) {
        err << "berth-cli ssh: " << stored.error().message << '\n';
        return Failure;
    }
    out << Text::tr("The passphrase of %1 is in the keychain; runs use it without asking.")
               .arg(keyFile)
        << '\n';
    return Success;
}

} // namespace Berth::Cli
