#include "ssh/SshConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Berth::Ssh {

namespace {

// OpenSSH's own limit: an Include loop must not hang the parser.
constexpr int MaxIncludeDepth = 16;

// `*` any run, `?` one character; case-insensitive like OpenSSH's host matching.
bool wildcardMatch(const QString &text, const QString &pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()
            && (pattern.at(p) == QLatin1Char('?')
                || pattern.at(p).toLower() == text.at(t).toLower())) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern.at(p) == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

// Splits a config line's arguments: whitespace separated, "double quotes" group.
QStringList splitArguments(const QString &text)
{
    QStringList arguments;
    QString current;
    bool quoted = false;
    bool inArgument = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            inArgument = true;
        } else if (!quoted && c.isSpace()) {
            if (inArgument)
                arguments.append(current);
            current.clear();
            inArgument = false;
        } else {
            current.append(c);
            inArgument = true;
        }
    }
    if (inArgument)
        arguments.append(current);
    return arguments;
}

QString expandTokens(QString text, const QString &host, const QString &remoteUser)
{
    if (text.startsWith(QLatin1String("~/")) || text == QLatin1String("~"))
        text = QDir::homePath() + text.mid(1);
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('%') || i + 1 == text.size()) {
            result.append(text.at(i));
            continue;
        }
        const QChar token = text.at(++i);
        if (token == QLatin1Char('d'))
            result.append(QDir::homePath());
        else if (token == QLatin1Char('h'))
            result.append(host);
        else if (token == QLatin1Char('r'))
            result.append(remoteUser);
        else if (token == QLatin1Char('u'))
            result.append(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")));
        else if (token == QLatin1Char('%'))
            result.append(QLatin1Char('%'));
        else
            result.append(QLatin1Char('%')).append(token);
    }
    return result;
}

class Parser
{
public:
    explicit Parser(QString host)
        : m_host(std::move(host))
    { }

    void parseFile(const QString &path, int depth)
    {
        QFile file(path);
        if (depth > MaxIncludeDepth || !file.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        const QString folder = QFileInfo(path).absolutePath();
        // Lines before the first Host/Match apply to every host.
        bool active = true;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        static const QRegularExpression keywordEnd(QStringLiteral("[\\s=]"));
        for (const QString &rawLine : lines) {
            const QString line = rawLine.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype end = line.indexOf(keywordEnd);
            const QString keyword = (end < 0 ? line : line.left(end)).toLower();
            QString rest = end < 0 ? QString() : line.mid(end).trimmed();
            if (rest.startsWith(QLatin1Char('=')))
                rest = rest.mid(1).trimmed();
            const QStringList arguments = splitArguments(rest);
            if (keyword == QLatin1String("host")) {
                active = matchesHostPatterns(m_host, arguments);
            } else if (keyword == QLatin1String("match")) {
                active = arguments.size() == 1
                    && arguments.constFirst().compare(QLatin1String("all"), Qt::CaseInsensitive)
                        == 0;
            } else if (active && keyword == QLatin1String("include")) {
                for (const QString &pattern : arguments)
                    include(folder, pattern, depth);
            } else if (active && !arguments.isEmpty()) {
                apply(keyword, arguments);
            }
        }
    }

    HostConfig result()
    {
        // Tokens refer to the final host name and user, so expand once everything is read.
        const QString host = m_config.hostName.isEmpty() ? m_host : m_config.hostName;
        for (QString &file : m_config.identityFiles)
            file = expandTokens(file, host, m_config.user);
        if (m_config.proxyJump.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            m_config.proxyJump.clear();
        if (m_config.proxyCommand.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            m_config.proxyCommand.clear();
        return m_config;
    }

private:
    void include(const QString &folder, const QString &pattern, int depth)
    {
        QString path = expandTokens(pattern, m_host, QString());
        if (QFileInfo(path).isRelative())
            path = QDir(folder).filePath(path);
        const QFileInfo info(path);
        if (!info.fileName().contains(QLatin1Char('*'))
            && !info.fileName().contains(QLatin1Char('?'))) {
            parseFile(path, depth + 1);
            return;
        }
        const QDir dir = info.absoluteDir();
        const QStringList names = dir.entryList({info.fileName()}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            parseFile(dir.filePath(name), depth + 1);
    }

    void apply(const QString &keyword, const QStringList &arguments)
    {
        const QString &value = arguments.constFirst();
        if (keyword == QLatin1String("hostname")) {
            if (m_config.hostName.isEmpty())
                m_config.hostName = QString(value).replace(QLatin1String("%h"), m_host);
        } else if (keyword == QLatin1String("user")) {
            if (m_config.user.isEmpty())
                m_config.user = value;
        } else if (keyword == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!m_config.port && ok && port > 0 && port < 65536)
                m_config.port = port;
        } else if (keyword == QLatin1String("identityfile")) {
            m_config.identityFiles.append(value);
        } else if (keyword == QLatin1String("identitiesonly")) {
            if (!m_config.identitiesOnly)
                m_config.identitiesOnly
                    = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        } else if (keyword == QLatin1String("proxyjump")) {
            if (m_config.proxyJump.isEmpty() && m_config.proxyCommand.isEmpty())
                m_config.proxyJump = value;
        } else if (keyword == QLatin1String("proxycommand")) {
            // OpenSSH: whichever of ProxyJump and ProxyCommand comes first wins.
            if (m_config.proxyJump.isEmpty() && m_config.proxyCommand.isEmpty())
                m_config.proxyCommand = arguments.join(QLatin1Char(' '));
        }
    }

    QString m_host;
    HostConfig m_config;
};

} // namespace

bool matchesHostPatterns(const QString &host, const QStringList &patterns)
{
    bool matched = false;
    for (const QString &entry : patterns) {
        for (const QString &pattern : entry.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (pattern.startsWith(QLatin1Char('!'))) {
                // A matching negation rejects the host whatever else matches.
                if (wildcardMatch(host, pattern.mid(1)))
                    return false;
            } else if (wildcardMatch(host, pattern)) {
                matched = true;
            }
        }
    }
    return matched;
}

HostConfig resolveHostConfig(const QStringList &files, const QString &host)
{
    Parser parser(host);
    for (const QString &file : files)
        parser.parseFile(file, 0);
    return parser.result();
}

} // namespace Berth::Ssh
