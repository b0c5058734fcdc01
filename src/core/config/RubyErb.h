#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QProcess;
class QTimer;

namespace Berth::Config {

// Renders configuration templates with the real Ruby ERB, exactly as Kamal does
// (`ERB.new(text, trim_mode: "-").result`), for the tags Berth's own renderer leaves to Ruby
// (backticks, File.read, loops, …). Only ever run when the user asked for it: those tags are
// arbitrary code. All files go through one Ruby process, in order, as in Kamal, so what
// `Dotenv.load` sets in the base file is seen by the destination file. Asynchronous (the GUI
// never waits for Ruby); a new render() cancels the one still running.
class RubyErbRenderer : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString file;
        bool ok = false;
        QString text; // the rendered text when ok
        QString error; // Ruby's exception ("KeyError: key not found: \"X\"") when not
    };

    explicit RubyErbRenderer(QObject *parent = nullptr);
    ~RubyErbRenderer() override;

    // The `ruby` found on PATH; empty when Ruby is not installed.
    [[nodiscard]] static QString rubyExecutable();

    // Renders `templates` (file → text, in the order given by `files`) in `workingDirectory`
    // with the process environment plus `variables` (e.g. the project's, and
    // KAMAL_DESTINATION). Reports through finished() or failed().
    void render(const QStringList &files, const QHash<QString, QString> &templates,
                const QHash<QString, QString> &variables, const QString &workingDirectory);
    void cancel();
    [[nodiscard]] bool isRunning() const;

    // Longest a render may take before Ruby is stopped (some tags call networks: aws, op).
    static constexpr int TimeoutMs = 20000;

Q_SIGNALS:
    void finished(const QList<Berth::Config::RubyErbRenderer::Outcome> &outcomes);
    // Ruby could not run at all, or did not answer in time; `message` says what to do.
    void failed(const QString &message);

private:
    void processFinished();

    QPointer<QProcess> m_process;
    QTimer *m_timeout = nullptr;
    QStringList m_files;
};

} // namespace Berth::Config
