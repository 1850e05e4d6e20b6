# $PSStyle's escape sequences, shown with ESC spelled out
function esc($s) { $s.Replace("`e", '<E>') }
esc $PSStyle.Reset
esc $PSStyle.Bold
esc $PSStyle.Underline
esc $PSStyle.Foreground.Red
esc $PSStyle.Foreground.BrightCyan
esc $PSStyle.Background.Blue
esc $PSStyle.Background.BrightWhite
esc $PSStyle.Formatting.TableHeader
esc $PSStyle.Formatting.Error
esc $PSStyle.FileInfo.Directory
esc $PSStyle.FileInfo.SymbolicLink
esc $PSStyle.FileInfo.Executable
esc $PSStyle.Foreground.FromRgb(255, 128, 0)
esc $PSStyle.Background.FromRgb(0x102030)
esc $PSStyle.FormatHyperlink('text', 'https://example.com/')
$PSStyle.OutputRendering
$PSStyle.GetType().FullName
$PSStyle.Progress.MaxWidth
$PSStyle.Progress.View
