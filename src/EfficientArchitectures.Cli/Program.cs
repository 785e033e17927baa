using System;
using EfficientArchitectures.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
