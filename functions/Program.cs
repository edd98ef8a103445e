using FrontDoor.Functions;
using FrontDoor.Functions.Hosting;
using FrontDoor.Functions.Operations;

if (args is ["publish-layout", var outputDirectory])
{
    PublishLayout.Write(outputDirectory, FrontDoorApp.Functions(), FrontDoorApp.HostJsonPath);
    return 0;
}

if (OperatorCommands.TryRun(args, out var exitCode))
{
    return exitCode;
}

FrontDoorApp.Create(args).Run();
return 0;
