import 'reflect-metadata';
import { Controller, Get, Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
@Injectable()
class Svc { hi() { return 'ok'; } }
@Controller()
class C { constructor(private readonly s: Svc) {} @Get('health') h() { return { status: this.s.hi() }; } }
@Module({ controllers: [C], providers: [Svc] })
class M {}
const app = await NestFactory.create(M);
await app.listen(3999);
console.log('listening');
